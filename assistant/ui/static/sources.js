// The Sources panel's js_on_load: its buttons ask the server to open span data-i.
element.addEventListener('click', (event) => {
  const button = event.target.closest('button.open-doc');
  if (!button) return;
  trigger('select', {index: Number(button.dataset.i), value: button.dataset.doc || ''});
});
