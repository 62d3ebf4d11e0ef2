/**
 * Escape closes a step's tools (src/components/StepTools.astro), with whatever is open inside
 * them, and puts focus back on the toggle that opened them, as a menu would. Elsewhere Escape is
 * left alone.
 */
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !(event.target instanceof Element)) return;
  const tools = event.target.closest<HTMLDetailsElement>('details.step-tools[open]');
  if (!tools) return;
  for (const open of tools.querySelectorAll('details[open]')) open.removeAttribute('open');
  tools.open = false;
  tools.querySelector('summary')?.focus();
  event.preventDefault();
});
