import { HIGHLIGHT_COLORS, type HighlightColor } from '../lib/storage/types';

/** Swatch colours, as painted in the page (opaque here, so they read on any background). */
export const SWATCHES: Record<HighlightColor, string> = { yellow: '#ffd600', green: '#60d660', blue: '#50a0ff', pink: '#ff69b4' };

export interface ColorPickerProps {
  value: HighlightColor;
  onChange: (color: HighlightColor) => void;
  /** Unique per form, so radio groups do not join. */
  name: string;
}

/** Four swatches as a radio group: arrow keys move between them, each has a name for screen readers. */
export function ColorPicker({ value, onChange, name }: ColorPickerProps) {
  return (
    <fieldset class="bs-colors">
      <legend>Colour</legend>
      {HIGHLIGHT_COLORS.map((color) => (
        <label key={color} class={`bs-swatch bs-swatch-${color}`} title={color}>
          <input type="radio" name={name} value={color} checked={value === color} onChange={() => onChange(color)} aria-label={color} />
          <span aria-hidden="true" />
        </label>
      ))}
    </fieldset>
  );
}
