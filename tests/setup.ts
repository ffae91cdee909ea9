// Shared test setup: jest-dom matchers for component tests (harmless in the node environment).
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// findBy*/waitFor wait for what arrives late (lazy chunks, files) for up to 10 s rather than
// Testing Library's 1 s: the machine running the tests may be busy, and a wait ends as soon as
// the element is there.
configure({ asyncUtilTimeout: 10_000 });
