import { describe, expect, it } from 'vitest';
import { AnnotationError } from '@/core/annotate';
import { InputError } from '@/core/input/errors';
import { StorageError } from '../imported/errors';
import { describeFailure } from './failure';

describe('describeFailure: what the import page is told', () => {
  it('names an engine failure as one, with the engine error, and says nothing was saved', () => {
    const error = new AnnotationError('mine-1', new RangeError('Maximum call stack size exceeded'));
    expect(describeFailure(error)).toEqual({
      kind: 'engine',
      message:
        'The annotation engine failed on this article (RangeError: Maximum call stack size exceeded). Nothing was saved.',
    });
  });

  it('passes input and storage problems on as they are', () => {
    expect(describeFailure(new InputError('Too long.'))).toEqual({
      kind: 'input',
      message: 'Too long.',
    });
    expect(describeFailure(new StorageError('Full.', 'quota'))).toEqual({
      kind: 'storage',
      message: 'Full.',
    });
  });
});
