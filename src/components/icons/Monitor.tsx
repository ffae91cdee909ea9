import { icon } from './icon';

export const Monitor = /* @__PURE__ */ icon(
  'Monitor',
  <>
    <rect x="3" y="4" width="18" height="12" rx="2" />
    <path d="M8 20h8M12 16v4" />
  </>,
);
