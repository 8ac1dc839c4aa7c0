/**
 * Saving a file from the page: the text becomes a Blob URL that a temporary link downloads.
 * Nothing leaves the browser.
 */

/** Offers `text` as a download named `fileName`. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download starts from the click; the URL goes once the browser has surely read it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file-name-safe form of `text`: lower-case letters, digits and dashes. */
export function fileNamePart(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'day';
}

/** The result file's name: `clinic-day-<scenario>-<date>-seed<seed>.json`. */
export function resultFileName(scenarioId: string, finishedAt: string, seed: number): string {
  return `clinic-day-${fileNamePart(scenarioId)}-${finishedAt.slice(0, 10)}-seed${seed}.json`;
}

/** The text of a result file, exactly as `npm run sim -- --out` writes it. */
export function resultFileText(file: unknown): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
