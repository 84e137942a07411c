/**
 * Saved highlights in the page, mounted once from the content script: paints this page's highlights on load
 * (and after SPA navigation or a change made in the popup), offers "Save highlight" by a selection, and
 * answers the popup and background (reveal, changed, save the selection). Only trusted (user) events act, so
 * the page's own scripts cannot drive saving; nothing of the saved data is put where the page can read it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SaveFormValues } from '../../components/SaveForm';
import type { Handlers } from '../messaging/handle';
import { sendToBackground } from '../messaging/send';
import { watchQuietly } from '../page/watch';
import { createPageHighlights } from './page-highlights';
import type { SavedPageMessages } from './protocol';
import { createSaveUi } from './save-ui';
import { savableRange } from './selection';

/** A second save of the same selection within this time is the same key press (command and page both). */
const DEDUP_MS = 1500;
const STATUS_MS = 1800;
/** A page that rewrites its text gets its saved highlights placed again once quiet, at most this often. */
const QUIET_MS = 500;
const MAX_REANCHORS = 8;

export interface MountedSaving {
  /** Spread into the content script's one listener. */
  handlers: Handlers<SavedPageMessages>;
}

export function mountSavedHighlights(ctx: ContentScriptContext, doc: Document = document): MountedSaving {
  const win = doc.defaultView ?? window;
  const page = createPageHighlights(
    {
      list: () => sendToBackground('listHighlights', {}),
      save: (draft) => sendToBackground('saveHighlight', { draft }),
      report: (placed, orphans) => sendToBackground('reportAnchoring', { placed, orphans }),
    },
    doc,
  );
  let pending: Range | null = null;
  let lastSave = { key: '', at: 0 };
  /** The range saved last: the same selection does not offer "Save" again (e.g. the Shift key-up after Alt+Shift+S). */
  let justSaved: Range | null = null;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  const rectOf = (range: Range) => {
    const rects = range.getClientRects();
    return rects[rects.length - 1] ?? range.getBoundingClientRect();
  };
  const quoteOf = (range: Range) => range.toString().replace(/\s+/g, ' ').trim();

  async function save(range: Range, values: SaveFormValues) {
    const key = `${quoteOf(range)}|${values.color}`;
    if (key === lastSave.key && Date.now() - lastSave.at < DEDUP_MS) return;
    lastSave = { key, at: Date.now() };
    ui.show({ kind: 'saving' }, '', rectOf(range));
    const reply = await page.save({ range, ...values });
    clearTimeout(statusTimer);
    if (!reply.ok) return ui.show({ kind: 'error', message: reply.error }, '');
    pending = null;
    justSaved = range;
    ui.show({ kind: 'saved' }, '');
    statusTimer = setTimeout(() => ui.state.kind === 'saved' && ui.hide(), STATUS_MS);
  }

  const ui = createSaveUi(
    {
      onOpen: () => pending && ui.show({ kind: 'form' }, quoteOf(pending)),
      onSave: (values) => pending && void save(pending, values),
      onCancel: () => {
        pending = null;
        ui.hide();
      },
    },
    doc,
  );

  /** The context menu, the keyboard command and Alt+Shift+S in the page: save at once, in yellow. */
  function saveSelectionNow(): boolean {
    const range = savableRange(doc.getSelection());
    if (!range) return false;
    pending = range;
    void save(range, { note: '', color: 'yellow', tags: [] });
    return true;
  }

  const onPointerUp = (event: MouseEvent | KeyboardEvent) => {
    if (!event.isTrusted || ui.contains(event)) return;
    // After the browser has updated the selection for this click or key.
    setTimeout(() => {
      const busy = ui.state.kind === 'form' || ui.state.kind === 'saving';
      if (busy) return;
      const range = savableRange(doc.getSelection());
      if (!range) return void (ui.state.kind === 'button' && ui.hide());
      if (justSaved && sameRange(range, justSaved)) return;
      pending = range;
      ui.show({ kind: 'button' }, '', rectOf(range));
    }, 0);
  };
  const onMouseDown = (event: MouseEvent) => {
    if (!event.isTrusted || ui.contains(event)) return;
    if (ui.state.kind === 'button' || ui.state.kind === 'saved' || ui.state.kind === 'error') ui.hide();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted || !event.altKey || !event.shiftKey || event.code !== 'KeyS' || ui.contains(event)) return;
    if (saveSelectionNow()) event.preventDefault();
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.shiftKey || event.key === 'Shift') onPointerUp(event);
  };
  ctx.addEventListener(doc, 'mouseup', onPointerUp, { capture: true });
  ctx.addEventListener(doc, 'mousedown', onMouseDown, { capture: true });
  ctx.addEventListener(doc, 'keyup', onKeyUp, { capture: true });
  ctx.addEventListener(win, 'keydown', onKeyDown, { capture: true });
  ctx.addEventListener(win, 'wxt:locationchange', () => {
    page.clear();
    ui.hide();
    ctx.setTimeout(() => void page.load(), 600);
  });
  ctx.onInvalidated(() => {
    page.clear();
    ui.destroy();
  });
  void page.load();

  // Late-rendered or rewritten articles: place again what lost its text, and retry orphans.
  ctx.onInvalidated(
    watchQuietly(doc, () => page.needsReanchor(), () => page.reanchor(), { quietMs: QUIET_MS, budget: { left: MAX_REANCHORS }, checkAtStart: false }),
  );

  return {
    handlers: {
      getSavedState: () => page.state(),
      revealHighlight: ({ id }) => page.reveal(id),
      highlightsChanged: async () => {
        await page.load();
        return true;
      },
      saveSelection: () => saveSelectionNow(),
    },
  };
}

function sameRange(a: Range, b: Range): boolean {
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;
  } catch {
    return false; // In different documents.
  }
}
