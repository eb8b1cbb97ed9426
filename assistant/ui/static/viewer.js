// The document viewer's js_on_load: scroll its text box to the highlighted quote,
// and the original page to the quote's boxes, whenever it changes.
const within = (box, target) => {
  if (!target || !box || !box.clientHeight) return;
  const offset = target.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  box.scrollTop = Math.max(0, offset - box.clientHeight / 3);
};
const show = () => {
  const mark = element.querySelector('mark.quote');
  if (!mark) return;
  within(element.querySelector('.doc-text'), mark);
  within(element.querySelector('.page-view'), element.querySelector('#page-quote'));
  const side = document.getElementById('side') || element;
  const top = side.getBoundingClientRect().top;
  if (top < 0 || top > window.innerHeight - 120) window.scrollBy({top: top - 8});
};
const soon = () => { [30, 200, 600, 1200].forEach((ms) => setTimeout(show, ms)); };
watch('value', soon);
soon();
