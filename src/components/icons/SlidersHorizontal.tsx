import { icon } from './icon';

export const SlidersHorizontal = /* @__PURE__ */ icon(
  'SlidersHorizontal',
  <path d="M4 6h16M4 12h16M4 18h16M9 4v4M15 10v4M7 16v4" />,
);
