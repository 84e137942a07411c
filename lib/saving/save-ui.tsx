/**
 * The in-page saving UI: a closed shadow root (the page can neither restyle nor read it) holding SaveForm,
 * placed by the selection and kept inside the viewport.
 */
import { render } from 'preact';
import { SaveForm, type SaveFormValues, type SaveUiState } from '../../components/SaveForm';
import { SWATCHES } from '../../components/ColorPicker';

export const SAVE_HOST_TAG = 'backstory-save';

const CSS = `
:host { all: initial; }
.bs-save { position: fixed; z-index: 2147483647; font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: #1d1d24; }
.bs-save[hidden] { display: none; }
button { font: inherit; cursor: pointer; border: 1px solid #c9c9d6; border-radius: 6px; background: #fff; color: #1d1d24; padding: 3px 10px; }
button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 2px solid #4a3fd1; outline-offset: 1px; }
.bs-save-button { background: #1d1d24; color: #fff; border-color: #1d1d24; box-shadow: 0 4px 14px rgb(0 0 0 / 0.25); padding: 4px 12px; }
.bs-save-form, .bs-save-status { background: #fff; border: 1px solid #d6d6e0; border-radius: 10px; box-shadow: 0 8px 28px rgb(0 0 0 / 0.18);
  padding: 10px 12px; width: 300px; box-sizing: border-box; margin: 0; }
.bs-save-status { width: auto; font-weight: 600; }
.bs-save-error { font-weight: 400; color: #8a1c1c; max-width: 320px; }
.bs-save-error p { margin: 0 0 6px; }
.bs-save-quote { margin: 0 0 8px; padding-left: 8px; border-left: 3px solid #ffd600; color: #3b3b4a; font-style: italic; max-height: 4.2em; overflow: hidden; }
label { display: block; margin: 6px 0; font-weight: 500; }
textarea, input[type=text] { display: block; width: 100%; box-sizing: border-box; margin-top: 2px; font: inherit; padding: 4px 6px;
  border: 1px solid #c9c9d6; border-radius: 6px; background: #fff; color: #1d1d24; }
.bs-colors { border: 0; padding: 0; margin: 6px 0; display: flex; gap: 8px; align-items: center; }
.bs-colors legend { float: left; margin-right: 6px; font-weight: 500; padding: 0; }
.bs-swatch { display: inline-block; margin: 0; position: relative; width: 22px; height: 22px; }
.bs-swatch input { position: absolute; inset: 0; margin: 0; opacity: 0; cursor: pointer; }
.bs-swatch span { display: block; width: 22px; height: 22px; border-radius: 50%; background: var(--swatch); border: 2px solid #fff; box-shadow: 0 0 0 1px #9a9aaa; box-sizing: border-box; }
.bs-swatch input:checked + span { box-shadow: 0 0 0 2px #1d1d24; }
.bs-swatch input:focus-visible + span { outline: 2px solid #4a3fd1; outline-offset: 2px; }
.bs-save-actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 8px; }
.bs-primary { background: #4a3fd1; border-color: #4a3fd1; color: #fff; }
`;

export interface SaveUi {
  /** Draws `state` by `anchor` (the selection's rectangle, viewport coordinates). */
  show(state: SaveUiState, quote: string, anchor?: DOMRect): void;
  hide(): void;
  readonly state: SaveUiState;
  /** True when an event happened inside this UI. */
  contains(event: Event): boolean;
  destroy(): void;
}

export interface SaveUiCallbacks {
  onOpen: () => void;
  onSave: (values: SaveFormValues) => void;
  onCancel: () => void;
}

export function createSaveUi(callbacks: SaveUiCallbacks, doc: Document = document): SaveUi {
  const host = doc.createElement(SAVE_HOST_TAG);
  host.style.cssText = 'position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS + Object.entries(SWATCHES).map(([c, v]) => `.bs-swatch-${c}{--swatch:${v}}`).join('');
  const frame = doc.createElement('div');
  frame.className = 'bs-save';
  frame.hidden = true;
  shadow.append(style, frame);
  doc.documentElement.append(host);
  let state: SaveUiState = { kind: 'hidden' };
  let lastAnchor: DOMRect | null = null;
  /** A new key per selection, so the form starts empty each time. */
  let formKey = 0;

  const place = () => {
    if (!lastAnchor) return;
    const view = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
    const width = frame.offsetWidth;
    const height = frame.offsetHeight;
    const below = lastAnchor.bottom + 8;
    const top = below + height <= view.height ? below : Math.max(8, lastAnchor.top - height - 8);
    const left = Math.min(Math.max(8, lastAnchor.right - width / 2), Math.max(8, view.width - width - 8));
    frame.style.top = `${top}px`;
    frame.style.left = `${left}px`;
  };

  return {
    show(next, quote, anchor) {
      if (next.kind === 'button') formKey++;
      state = next;
      if (anchor) lastAnchor = anchor;
      render(<SaveForm key={formKey} state={next} quote={quote} {...callbacks} />, frame);
      frame.hidden = next.kind === 'hidden';
      place();
    },
    hide() {
      state = { kind: 'hidden' };
      frame.hidden = true;
      render(null, frame);
    },
    get state() {
      return state;
    },
    contains: (event) => event.composedPath().includes(host),
    destroy() {
      render(null, frame);
      host.remove();
    },
  };
}
