() => {
  // Run once on the page (Gradio's launch js): a click on an [n] in the chat shows the
  // Sources tab and brings card n into view.
  document.addEventListener('click', (event) => {
    const link = event.target.closest ? event.target.closest('a.cite') : null;
    if (!link) return;
    event.preventDefault();
    const id = (link.getAttribute('href') || '').slice(1);
    const tab = Array.from(document.querySelectorAll('#side-tabs button[role="tab"]'))
      .find((b) => b.textContent.trim().startsWith('Sources'));
    if (tab && tab.getAttribute('aria-selected') !== 'true') tab.click();
    const go = () => {
      const card = document.getElementById(id);
      if (!card) return false;
      card.scrollIntoView({block: 'nearest', behavior: 'smooth'});
      card.classList.add('flash');
      setTimeout(() => card.classList.remove('flash'), 1600);
      return true;
    };
    if (!go()) setTimeout(go, 150);
  });
}
