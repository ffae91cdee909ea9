import { icon } from './icon';

export const Search = /* @__PURE__ */ icon(
  'Search',
  <>
    <circle cx="11" cy="11" r="7" />
    <path d="m20 20-4-4" />
  </>,
);
