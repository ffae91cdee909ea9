import { icon } from './icon';

export const Moon = /* @__PURE__ */ icon(
  'Moon',
  <path d="M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z" />,
);
