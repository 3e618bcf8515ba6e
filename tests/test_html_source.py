"""An event page's HTML source is read as the page's text."""

from __future__ import annotations

from growth import growth

from noteparse.html_source import strip_tags

PAGE = (
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>Regional Roundtable &ndash; UNODA</title>\n"
    "<script>var when = '<p>3 May 1999</p>';</script>\n<style>p { color: red; }</style>\n</head>\n<body>\n"
    "<!-- a comment naming Chile -->\n<article>\n<h1>Regional Roundtable on Chemical &amp; Biological Security</h1>\n"
    "<p class=\"event-meta\">\n  <span class=\"label\">When:</span> <time datetime=\"2025-10-14\">14</time>&ndash;"
    "<time datetime=\"2025-10-15\">15&nbsp;October&nbsp;2025</time><br>\n"
    "  <span class=\"label\">Where:</span> UN House, Beirut, Lebanon &amp; online (Webex)\n</p>\n"
    "<p>Delegations from the following States took part:</p>\n<ul>\n  <li>Egypt</li>\n  <li>Iraq</li>\n"
    "  <li>Jordan (online)</li>\n</ul>\n<p>They were joined by experts from the <b>OPCW</b> and "
    "King&rsquo;s College London.</p>\n</article>\n</body>\n</html>\n"
)


def test_html_source_reads_as_the_page_shows_it():
    text = strip_tags(PAGE).text
    assert "When: 14\u201315\u00a0October\u00a02025" in text  # tags gone, references read
    assert "Regional Roundtable on Chemical & Biological Security" in text
    assert "\n  Egypt\n  Iraq\n  Jordan (online)\n" in text  # one item a line, no blank lines between
    assert "the OPCW and King\u2019s College London." in text  # an inline tag leaves nothing
    assert "1999" not in text and "Chile" not in text and "color" not in text  # script, comment, style


def test_html_source_spans_map_back_to_the_source():
    plain = strip_tags(PAGE)
    at = plain.text.index("King")
    start, end = plain.to_raw(at, at + len("King\u2019s"))
    assert PAGE[start:end] == "King&rsquo;s"


def test_html_source_a_note_with_a_stray_tag_is_left_alone():
    assert strip_tags("Event: Workshop <10 kg sources>\nParticipants: Chile<br>Peru\n") is None


def test_html_source_a_page_gives_the_record_of_its_event(parse):
    record = parse(PAGE)
    assert (record.dates.start, record.dates.end) == ("2025-10-14", "2025-10-15")
    assert (record.venue.city, record.venue.country_code, record.venue.online) == ("Beirut", "LBN", True)
    assert [s.code for s in record.participants.states] == ["EGY", "IRQ", "JOR", "LBN"]  # and the host
    assert all(PAGE[s.span[0]:s.span[1]] == s.text for s in record.participants.states)


def test_html_source_reading_is_linear_even_with_unclosed_blocks():
    chunk = "<p>a &amp; b</p><li>x</li><div><br>" * 3 + "<script>" + "<!-- " + "<style>"
    assert growth(lambda t: strip_tags(t), chunk * 200, chunk * 2000) < 25
