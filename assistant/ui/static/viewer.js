// The document viewer's js_on_load: scroll its text box to the highlighted quote
// whenever it changes.
const show = () => {
  const mark = element.querySelector('mark.quote');
  const box = element.querySelector('.doc-text');
  if (!mark || !box || !box.clientHeight) return;
  box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  const side = document.getElementById('side') || element;
  const top = side.getBoundingClientRect().top;
  if (top < 0 || top > window.innerHeight - 120) window.scrollBy({top: top - 8});
};
const soon = () => { [30, 200, 600].forEach((ms) => setTimeout(show, ms)); };
watch('value', soon);
soon();
