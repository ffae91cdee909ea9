import { icon } from './icon';

export const Settings = /* @__PURE__ */ icon(
  'Settings',
  <>
    <path d="M20 7h-9M14 17H4" />
    <circle cx="7" cy="7" r="3" />
    <circle cx="17" cy="17" r="3" />
  </>,
);
