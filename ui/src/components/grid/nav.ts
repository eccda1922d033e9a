// Moving between the cells of a grid with the keyboard, shared by the channel
// matrix (roving tabindex) and the KPI table (spreadsheet-like inputs).

export interface Cell {
  row: number;
  col: number;
}

/** The cell an arrow, Home or End key leads to from `at` in a rows × cols grid; null for other keys. */
export function step(at: Cell, key: string, rows: number, cols: number, ctrl = false): Cell | null {
  const clamp = (n: number, max: number) => Math.max(0, Math.min(max - 1, n));
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(at.row - 1, rows), col: at.col };
    case 'ArrowDown':
      return { row: clamp(at.row + 1, rows), col: at.col };
    case 'ArrowLeft':
      return { row: at.row, col: clamp(at.col - 1, cols) };
    case 'ArrowRight':
      return { row: at.row, col: clamp(at.col + 1, cols) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : { row: at.row, col: cols - 1 };
    default:
      return null;
  }
}

/**
 * Whether an arrow key inside a text box should leave the box: left/right only
 * at the edges of its text (the caret moves inside otherwise), up/down always
 * for one-line boxes.
 */
export function leavesInput(key: string, value: string, start: number | null, end: number | null, multiline: boolean): boolean {
  if (start === null || end === null) return key.startsWith('Arrow');
  if (start !== end) return false;
  if (key === 'ArrowLeft') return start === 0;
  if (key === 'ArrowRight') return end === value.length;
  if (key === 'ArrowUp' || key === 'ArrowDown') return !multiline;
  return false;
}
