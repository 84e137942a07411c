import { useState } from 'preact/hooks';
import { parseTags } from '../lib/saving/tags';
import type { HighlightColor, HighlightEdit, SavedHighlight } from '../lib/storage/types';
import { ColorPicker } from './ColorPicker';

export interface HighlightItemProps {
  highlight: SavedHighlight;
  /** Could not be placed in its page the last time it was opened. */
  orphan: boolean;
  /** Scroll the page to it and flash it (only where the page is open). */
  onReveal?: (id: string) => void;
  onEdit: (id: string, edit: HighlightEdit) => void;
  onDelete: (id: string) => void;
}

/** One saved highlight: its quote, note and tags, with Show / Edit / Delete, and an inline editor. */
export function HighlightItem({ highlight: h, orphan, onReveal, onEdit, onDelete }: HighlightItemProps) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(h.note);
  const [color, setColor] = useState<HighlightColor>(h.color);
  const [tags, setTags] = useState(h.tags.join(' '));
  const open = () => {
    setNote(h.note);
    setColor(h.color);
    setTags(h.tags.join(' '));
    setEditing(true);
  };
  return (
    <li class={`bs-hl bs-hl-${h.color}`} data-highlight-id={h.id} data-orphan={orphan ? 'true' : undefined}>
      <blockquote class="bs-hl-quote">{h.selectors[0].exact}</blockquote>
      {orphan && (
        <p class="bs-hl-orphan" title="The page changed and this text was not found in it; the highlight is kept.">
          Not found in the page
        </p>
      )}
      {editing ? (
        <form
          class="bs-hl-edit"
          aria-label="Edit highlight"
          onSubmit={(e) => {
            e.preventDefault();
            onEdit(h.id, { note: note.trim(), color, tags: parseTags(tags) });
            setEditing(false);
          }}
        >
          <label>
            Note
            <textarea rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <ColorPicker name={`bs-color-${h.id}`} value={color} onChange={setColor} />
          <label>
            Tags
            <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
          </label>
          <div class="bs-hl-actions">
            <button type="submit" class="bs-primary">Save changes</button>
            <button type="button" onClick={() => setEditing(false)}>Cancel</button>
          </div>
        </form>
      ) : (
        <>
          {h.note && <p class="bs-hl-note">{h.note}</p>}
          {h.tags.length > 0 && (
            <p class="bs-hl-tags">
              {h.tags.map((t) => (
                <span class="bs-tag" key={t}>#{t}</span>
              ))}
            </p>
          )}
          <div class="bs-hl-actions">
            {onReveal && !orphan && <button type="button" onClick={() => onReveal(h.id)}>Show in page</button>}
            <button type="button" onClick={open}>Edit</button>
            <button type="button" onClick={() => onDelete(h.id)}>Delete</button>
          </div>
        </>
      )}
    </li>
  );
}
