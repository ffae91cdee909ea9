/** A request that gave nothing usable; the message is the reason shown next to the URL. */
export class FetchFailure extends Error {
  override name = 'FetchFailure';
}
