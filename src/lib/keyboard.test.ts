// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { isShortcutPress, isTypingTarget } from './keyboard';

afterEach(() => {
  document.body.replaceChildren();
});

function element(html: string): HTMLElement {
  document.body.insertAdjacentHTML('beforeend', html);
  const last = document.body.lastElementChild;
  if (!(last instanceof HTMLElement)) throw new Error('no element');
  return last;
}

function press(target: HTMLElement, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'j', bubbles: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('isTypingTarget', () => {
  it.each([
    ['<input type="text">', true],
    ['<input type="search">', true],
    ['<input>', true],
    ['<textarea></textarea>', true],
    ['<select><option>a</option></select>', true],
    ['<div contenteditable="true"></div>', true],
    ['<input type="checkbox">', false],
    ['<input type="radio">', false],
    ['<button>Go</button>', false],
    ['<a href="/">A link</a>', false],
  ])('%s: %s', (html, typing) => {
    const target = element(html);
    // jsdom computes no isContentEditable; a browser does.
    if (target.hasAttribute('contenteditable')) {
      Object.defineProperty(target, 'isContentEditable', { value: true });
    }
    expect(isTypingTarget(target)).toBe(typing);
  });

  it('is false for what is no element', () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(window)).toBe(false);
  });
});

describe('isShortcutPress', () => {
  it('takes a plain key on the page or on a checkbox', () => {
    expect(isShortcutPress(press(document.body))).toBe(true);
    expect(isShortcutPress(press(element('<input type="checkbox">')))).toBe(true);
  });

  it('leaves keys typed into a field, with a modifier, or already handled', () => {
    expect(isShortcutPress(press(element('<input type="text">')))).toBe(false);
    expect(isShortcutPress(press(document.body, { ctrlKey: true }))).toBe(false);
    expect(isShortcutPress(press(document.body, { metaKey: true }))).toBe(false);
    expect(isShortcutPress(press(document.body, { altKey: true }))).toBe(false);
    const handled = new KeyboardEvent('keydown', { key: 'j', cancelable: true });
    handled.preventDefault();
    expect(isShortcutPress(handled)).toBe(false);
  });

  it('leaves the keyboard to an open dialog', () => {
    const dialog = element('<dialog><button>Close</button></dialog>');
    expect(isShortcutPress(press(document.body))).toBe(true);
    dialog.setAttribute('open', '');
    expect(isShortcutPress(press(document.body))).toBe(false);
    const inside = dialog.querySelector('button');
    expect(inside).toBeInstanceOf(HTMLElement);
    if (inside) expect(isShortcutPress(press(inside))).toBe(false);
  });
});
