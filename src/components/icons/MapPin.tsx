import { icon } from './icon';

export const MapPin = /* @__PURE__ */ icon(
  'MapPin',
  <>
    <path d="M12 21s-6-5.5-6-11a6 6 0 0 1 12 0c0 5.5-6 11-6 11z" />
    <circle cx="12" cy="10" r="2" />
  </>,
);
