/** The width at and under which the playground lays out as one column (style.css's phone layout). */
const PHONE_QUERY = "(max-width: 640px)";

/**
 * On a phone-width screen the output panel (losses, decision boundary) comes first, right under
 * the controls; on wider screens it is the last column. It is moved there in the document rather
 * than only drawn there: CSS `order` would leave the Tab order and a screen reader's reading
 * order where the panel used to be, so a keyboard user would walk the data and network panels
 * first while the output sits at the top of the screen. Moving a node keeps its canvases' pictures.
 */
export function placeOutputForScreen(layout: HTMLElement, output: HTMLElement, query = PHONE_QUERY): void {
  const phone = matchMedia(query);
  const place = (): void => {
    if (phone.matches) {
      if (layout.firstElementChild !== output) layout.prepend(output);
    } else if (layout.lastElementChild !== output) {
      layout.append(output);
    }
  };
  place();
  phone.addEventListener("change", place);
}
