import { icon } from './icon';

export const FileUp = /* @__PURE__ */ icon(
  'FileUp',
  <>
    <path d="M14 3H6v18h12V7z" />
    <path d="M14 3v4h4M12 17v-6M9 14l3-3 3 3" />
  </>,
);
