/** "Right" or "Not quite" in words and a symbol, never colour alone. */
export function Verdict({ right }: { right: boolean | undefined }) {
  if (right === undefined) return null;
  return <p class={`verdict ${right ? 'is-right' : 'is-wrong'}`}>{right ? '✓ Right' : '✗ Not quite'}</p>;
}
