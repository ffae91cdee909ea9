import { icon } from './icon';

export const QuoteMarks = /* @__PURE__ */ icon(
  'QuoteMarks',
  <path d="M5 8h5v4c0 3-2 5-4 5.5M14 8h5v4c0 3-2 5-4 5.5" />,
);
