#!/usr/bin/env python3
"""Debian bookworm's wapiti 3.0.4, with one fix so that -x (exclude a URL) works.

Its crawler turns each excluded URL into a regular expression with the global flags at the end
(r'...\\Z(?ms)'), which Python 3.11 refuses, so any -x crashes the scan before it starts. This puts
the flags first; everything else is the packaged wapiti, unchanged.
"""
import re
import sys

from wapitiCore.net import crawler


def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if c == "*" else re.escape(c) for c in pattern) + r"\Z")


crawler.wildcard_translate = wildcard_translate

from wapitiCore.main.wapiti import wapiti_main  # noqa: E402  (after the fix)

sys.exit(wapiti_main())
