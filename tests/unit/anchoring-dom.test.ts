import { beforeEach, describe, expect, it } from 'vitest';
import { anchor, describeRange, readPageText } from '../../lib/anchoring/anchor';
import { rangeToSpan, spanToRange } from '../../lib/anchoring/ranges';

beforeEach(() => {
  document.body.innerHTML =
    '<div id="a"><p>Hello   <b>big</b>\n world</p><p>Next&nbsp;para</p></div>' +
    '<script>var hidden = 1;</script><style>p{}</style><textarea>typed</textarea><p id="z">End 😀 here</p>';
});

describe('page text', () => {
  it('collapses whitespace, separates blocks, skips script, style and textarea', () => {
    expect(readPageText(document.body).text).toBe('Hello big world Next para End 😀 here');
  });
});

describe('ranges', () => {
  it('maps a text-node range to its span and back', () => {
    const page = readPageText(document.body);
    const b = document.querySelector('b')?.firstChild as Text;
    const world = b.parentNode?.nextSibling as Text;
    const range = document.createRange();
    range.setStart(b, 0);
    range.setEnd(world, world.data.indexOf('d') + 1);
    const span = rangeToSpan(page, range);
    expect(page.text.slice(span?.start, span?.end)).toBe('big world');
    const back = span && spanToRange(page, span);
    expect(back?.startContainer).toBe(b);
    expect(back?.endContainer).toBe(world);
    expect(back?.toString().replace(/\s+/g, ' ')).toBe('big world');
  });

  it('maps element boundaries to the text they enclose', () => {
    const page = readPageText(document.body);
    const div = document.getElementById('a') as HTMLElement;
    const range = document.createRange();
    range.setStart(div, 0);
    range.setEnd(div, div.childNodes.length);
    const span = rangeToSpan(page, range);
    expect(page.text.slice(span?.start, span?.end)).toBe('Hello big world Next para');
  });

  it('describes a selection and anchors it after the markup changes', () => {
    const page = readPageText(document.body);
    const range = document.createRange();
    const end = document.getElementById('z')?.firstChild as Text;
    range.setStart(end, 0);
    range.setEnd(end, end.data.length);
    const selectors = describeRange(page, range);
    expect(selectors?.[0].exact).toBe('End 😀 here');
    expect(selectors?.[1]).toEqual({ type: 'TextPositionSelector', start: 26, end: 36 });

    document.body.innerHTML = `<h1>New headline</h1>${document.body.innerHTML.replace('End 😀', '<i>End</i>  😀')}`;
    const found = selectors && anchor(readPageText(document.body), selectors);
    expect(found?.strategy).toBe('quote');
    expect(found?.range.toString()).toBe('End  😀 here');
  });
});
