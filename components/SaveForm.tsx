import { useEffect, useRef, useState } from 'preact/hooks';
import { parseTags } from '../lib/saving/tags';
import type { HighlightColor } from '../lib/storage/types';
import { ColorPicker } from './ColorPicker';

/** What the in-page saving UI shows: a button by the selection, the form, or the outcome. */
export type SaveUiState =
  | { kind: 'hidden' }
  | { kind: 'button' }
  | { kind: 'form' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

export interface SaveFormValues {
  note: string;
  color: HighlightColor;
  tags: string[];
}

export interface SaveFormProps {
  state: SaveUiState;
  /** The selected text, shortened, shown in the form. */
  quote: string;
  onOpen: () => void;
  onSave: (values: SaveFormValues) => void;
  onCancel: () => void;
}

/** The floating "Save" button, its small form (note, colour, tags), and "Saved" or the error. */
export function SaveForm({ state, quote, onOpen, onSave, onCancel }: SaveFormProps) {
  const [note, setNote] = useState('');
  const [color, setColor] = useState<HighlightColor>('yellow');
  const [tags, setTags] = useState('');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (state.kind === 'form') noteRef.current?.focus();
  }, [state.kind]);
  switch (state.kind) {
    case 'hidden':
      return null;
    case 'button':
      return (
        // mousedown is cancelled so that pressing the button keeps the page's selection.
        <button type="button" class="bs-save-button" onMouseDown={(e) => e.preventDefault()} onClick={onOpen}>
          Save highlight
        </button>
      );
    case 'saving':
      return <p class="bs-save-status" role="status">Saving…</p>;
    case 'saved':
      return <p class="bs-save-status" role="status" data-state="saved">Saved</p>;
    case 'error':
      return (
        <div class="bs-save-status bs-save-error" role="alert">
          <p>{state.message}</p>
          <button type="button" onClick={onCancel}>Close</button>
        </div>
      );
    case 'form':
      return (
        <form
          class="bs-save-form"
          aria-label="Save highlight"
          onSubmit={(e) => {
            e.preventDefault();
            onSave({ note: note.trim(), color, tags: parseTags(tags) });
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onCancel();
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) (e.currentTarget as HTMLFormElement).requestSubmit();
          }}
        >
          <blockquote class="bs-save-quote">{quote.length > 140 ? `${quote.slice(0, 140)}…` : quote}</blockquote>
          <label>
            Note
            <textarea name="note" rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} ref={noteRef} />
          </label>
          <ColorPicker name="bs-save-color" value={color} onChange={setColor} />
          <label>
            Tags
            <input name="tags" type="text" placeholder="politics, syria" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
          </label>
          <div class="bs-save-actions">
            <button type="submit" class="bs-primary">Save</button>
            <button type="button" onClick={onCancel}>Cancel</button>
          </div>
        </form>
      );
  }
}
