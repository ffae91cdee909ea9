import { icon } from './icon';

export const X = /* @__PURE__ */ icon('X', <path d="M6 6l12 12M18 6 6 18" />);
