// An input Atelier cannot turn into knowledge, however often it tries: an
// encrypted PDF, a zip bomb, an unsupported type, an address that is not
// allowed. The message is the plain reason shown to the teacher, so workers
// mark the item failed and acknowledge the message instead of retrying.
export class UnprocessableError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "UnprocessableError";
  }
}

export const isUnprocessable = (err: unknown): err is UnprocessableError => err instanceof UnprocessableError;

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
