/**
 * The game's sounds, made with WebAudio when they play: a soft chime when a patient
 * arrives, a phone ring, and an alert tone. No sound files, nothing fetched. The audio
 * context is created on the first sound after a user gesture (browsers keep audio silent
 * until then) and nothing plays while sound is off.
 */

/** The sounds of the clinic. */
export const SOUNDS = ['arrival', 'phone', 'alert'] as const;
export type SoundName = (typeof SOUNDS)[number];

/** One note: frequency in Hz, start and length in seconds, peak gain, waveform. */
interface Note {
  readonly frequency: number;
  readonly at: number;
  readonly length: number;
  readonly gain: number;
  readonly wave: OscillatorType;
}

const SCORES: Readonly<Record<SoundName, readonly Note[]>> = {
  // Two soft sine notes, a major third apart: someone came in.
  arrival: [
    { frequency: 659.25, at: 0, length: 0.5, gain: 0.12, wave: 'sine' },
    { frequency: 830.61, at: 0.16, length: 0.6, gain: 0.1, wave: 'sine' },
  ],
  // The two-tone ring of a desk phone, twice.
  phone: [
    { frequency: 440, at: 0, length: 0.35, gain: 0.06, wave: 'triangle' },
    { frequency: 480, at: 0, length: 0.35, gain: 0.06, wave: 'triangle' },
    { frequency: 440, at: 0.5, length: 0.35, gain: 0.06, wave: 'triangle' },
    { frequency: 480, at: 0.5, length: 0.35, gain: 0.06, wave: 'triangle' },
  ],
  // A short falling pair: something needs attention.
  alert: [
    { frequency: 587.33, at: 0, length: 0.18, gain: 0.09, wave: 'triangle' },
    { frequency: 440, at: 0.2, length: 0.3, gain: 0.09, wave: 'triangle' },
  ],
};

/** Plays the clinic's sounds when sound is on. */
export class SoundBoard {
  #context: AudioContext | null = null;
  #enabled: boolean;

  constructor(enabled: boolean) {
    this.#enabled = enabled;
  }

  /** Turns sound on or off. */
  setEnabled(enabled: boolean): void {
    this.#enabled = enabled;
  }

  /** Call from a user gesture (a click, a key press): lets the browser start audio later. */
  unlock(): void {
    if (!this.#enabled) return;
    const context = this.#ensureContext();
    if (context?.state === 'suspended') void context.resume().catch(() => undefined);
  }

  /** Plays a sound, if sound is on and the browser has audio. */
  play(name: SoundName): void {
    if (!this.#enabled) return;
    const context = this.#ensureContext();
    if (!context || context.state !== 'running') return;
    const start = context.currentTime + 0.02;
    for (const note of SCORES[name]) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = note.wave;
      oscillator.frequency.value = note.frequency;
      gain.gain.setValueAtTime(0, start + note.at);
      gain.gain.linearRampToValueAtTime(note.gain, start + note.at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + note.at + note.length);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + note.at);
      oscillator.stop(start + note.at + note.length + 0.05);
    }
  }

  #ensureContext(): AudioContext | null {
    if (this.#context) return this.#context;
    if (typeof AudioContext === 'undefined') return null;
    this.#context = new AudioContext();
    return this.#context;
  }
}
