export interface UndoBarProps {
  /** What was done, e.g. "Highlight deleted." */
  text: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/** A bar at the foot of a list, offering to undo the last deletion. */
export function UndoBar({ text, onUndo, onDismiss }: UndoBarProps) {
  return (
    <div class="bs-undo" role="status">
      <span>{text}</span>
      <button type="button" onClick={onUndo}>Undo</button>
      <button type="button" aria-label="Dismiss" onClick={onDismiss}>×</button>
    </div>
  );
}
