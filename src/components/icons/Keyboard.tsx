import { icon } from './icon';

export const Keyboard = /* @__PURE__ */ icon(
  'Keyboard',
  <>
    <rect x="2" y="6" width="20" height="12" rx="2" />
    <path d="M6 10h.01M10 10h.01M14 10h.01M18 10h.01M7 14h10" />
  </>,
);
