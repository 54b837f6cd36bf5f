"""HTML for text people typed: escaped, and never typeset as math.

JupyterLab and Voila run MathJax over HTML outputs, so a trainee's "$x^2$" or "\\(...\\)"
would be typeset. Everything holding trainee text is wrapped in an element with the
classes MathJax 2 (`tex2jax_ignore`) and MathJax 3 (`mathjax_ignore`) leave alone.
"""
from __future__ import annotations

import html

#: Classes that make MathJax 2 and 3 skip an element and everything inside it.
NO_MATH = "tex2jax_ignore mathjax_ignore"


def plain_html(text: object) -> str:
    """Text as HTML: escaped (no markup) inside a span MathJax never typesets."""
    return f'<span class="{NO_MATH}">{html.escape(str(text), quote=True)}</span>'
