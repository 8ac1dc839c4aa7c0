/** Patient education: the topics, the languages and the clinic's shelf of leaflets. */
export * from './terms';
export * from './materials';
