// Shared test setup: jest-dom matchers for component tests (harmless in the node environment).
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// findBy…/waitFor give up after 1 s by default. A lazy part of a page (the search index, the
// shortcuts) is a dynamic import that Vitest transforms on first use, which takes longer than
// that on a busy machine: the feed's search tests failed now and then on two cores. They answer
// as soon as the element is there; only a real failure waits this long.
configure({ asyncUtilTimeout: 15_000 });
