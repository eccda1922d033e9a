// The strategy's accent colour and a text colour that stays readable on it.

const HEX = /^#[0-9a-fA-F]{6}$/;
export const DEFAULT_ACCENT = '#1f3a5f';

export function safeAccent(color: string | null | undefined): string {
  return color && HEX.test(color) ? color.toLowerCase() : DEFAULT_ACCENT;
}

/** WCAG relative luminance of '#rrggbb'. */
export function luminance(color: string): number {
  const channel = (offset: number) => {
    const value = parseInt(safeAccent(color).slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** White or black, whichever contrasts more with `background`. */
export function readableOn(background: string): string {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#000000') ? '#ffffff' : '#000000';
}
