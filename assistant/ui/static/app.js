() => {
  // Run once on the page (Gradio's launch js).
  //
  // A click on an [n] in any answer of the chat shows that answer's sources
  // (the Sources tab holds every answer's cards, one section each) and brings
  // card n into view: on a phone the panel is below the chat, so the page
  // itself scrolls to it.
  const showSources = (answer) => {
    const tab = Array.from(document.querySelectorAll('#side-tabs button[role="tab"]'))
      .find((b) => b.textContent.trim().startsWith('Sources'));
    if (tab && tab.getAttribute('aria-selected') !== 'true') tab.click();
    document.querySelectorAll('#sources section.answer-sources').forEach((s) => {
      s.hidden = s.dataset.answer !== String(answer);
    });
  };
  document.addEventListener('click', (event) => {
    const link = event.target.closest ? event.target.closest('a.cite') : null;
    if (!link) return;
    event.preventDefault();
    const id = (link.getAttribute('href') || '').slice(1);
    const answer = (id.match(/^source-(\d+)-\d+$/) || [])[1];
    const go = () => {
      if (answer) showSources(answer);
      const card = document.getElementById(id);
      if (!card) return false;
      card.scrollIntoView({block: window.innerWidth < 760 ? 'start' : 'nearest', behavior: 'smooth'});
      card.classList.add('flash');
      setTimeout(() => card.classList.remove('flash'), 1600);
      return true;
    };
    if (!go()) setTimeout(go, 150);
  });
  // The panel's buttons showing another answer's sources.
  document.addEventListener('click', (event) => {
    const button = event.target.closest ? event.target.closest('button.show-answer') : null;
    if (button) showSources(button.dataset.answer);
  });
  // A source card's "Back to the answer" (on a phone, where the panel is below the chat).
  document.addEventListener('click', (event) => {
    const back = event.target.closest ? event.target.closest('a.back-to-answer') : null;
    if (!back) return;
    event.preventDefault();
    const link = document.querySelector(`#chat a.cite[href="${back.getAttribute('href')}"]`);
    (link || document.getElementById('chat')).scrollIntoView({block: 'center', behavior: 'smooth'});
  });
  // Screen readers: Gradio labels each message with its HTML; label it with its text.
  const plainLabels = () => {
    document.querySelectorAll('#chat [aria-label*="<"]').forEach((el) => {
      const text = (el.textContent || '').replace(/\s+/g, ' ').trim();
      el.setAttribute('aria-label', text.length > 400 ? `${text.slice(0, 400)}…` : text);
    });
  };
  new MutationObserver(plainLabels).observe(document.body, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'],
  });
  // The question box takes the focus on a wide screen only: on a phone the
  // keyboard would open and the page scroll past its title.
  if (window.innerWidth >= 760) {
    const focus = () => {
      const box = document.querySelector('#question textarea');
      if (box) box.focus({preventScroll: true});
      return Boolean(box);
    };
    if (!focus()) setTimeout(focus, 500);
  }
}
