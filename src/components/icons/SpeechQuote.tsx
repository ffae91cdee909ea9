import { icon } from './icon';

export const SpeechQuote = /* @__PURE__ */ icon(
  'SpeechQuote',
  <>
    <path d="M4 5h16v11H10l-6 4z" />
    <path d="M9 9v2M14 9v2" />
  </>,
);
