// For tests: a fault in one engine stage. As a vi.mock factory of entities/recognise.ts, it makes
// the engine throw on any body that contains "FAULT", and work as usual on every other body.
import type * as Recognise from './entities/recognise';

export async function faultyRecognise(importOriginal: () => Promise<typeof Recognise>) {
  const original = await importOriginal();
  return {
    ...original,
    recogniseMentions: (...args: Parameters<typeof original.recogniseMentions>) => {
      if (args[0].body.includes('FAULT')) throw new RangeError('simulated engine fault');
      return original.recogniseMentions(...args);
    },
  };
}
