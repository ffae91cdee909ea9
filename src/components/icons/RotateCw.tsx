import { icon } from './icon';

export const RotateCw = /* @__PURE__ */ icon(
  'RotateCw',
  <>
    <path d="M20 12a8 8 0 1 1-2.3-5.7" />
    <path d="M20 4v5h-5" />
  </>,
);
