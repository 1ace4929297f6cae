#!/usr/bin/env bash
# Renders medins' HTML checklist export in headless Debian chromium and checks that the checklist is on the page.
# Needs: medins installed (pip install .) and chromium (apt-get install chromium). Used for issue 3's "the HTML
# export opens in a headless browser"; tests/test_answers_exports.py runs the same check when chromium is present.
set -euo pipefail
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
medins check -s temporary --insured-in 临沂 --treated-in 上海 --event-date 2026-12-20 --cost 22000 \
  --out-of-catalog 2000 --today 2026-11-23 --export "$out/checklist.html" >/dev/null 2>&1 || true
browser=$(command -v chromium || command -v chromium-browser)
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$out/profile")
"$browser" "${flags[@]}" --dump-dom "file://$out/checklist.html" 2>/dev/null > "$out/dom.html"
"$browser" "${flags[@]}" --window-size=1100,1800 --screenshot="$out/checklist.png" \
  "file://$out/checklist.html" >/dev/null 2>&1
echo "browser: $("$browser" --version 2>/dev/null)"
echo "DOM bytes: $(wc -c < "$out/dom.html"), screenshot bytes: $(wc -c < "$out/checklist.png")"
status=0
for want in "medins 异地就医清单" "办理其他临时外出就医人员备案" "截止 2026-12-17" "(18000 − 800) × 80% = 13760" \
            "个人自付（估算）"; do
  if grep -qF -- "$want" "$out/dom.html"; then echo "found:   $want"; else echo "MISSING: $want"; status=1; fi
done
[ -n "${KEEP_SCREENSHOT:-}" ] && cp "$out/checklist.png" "$KEEP_SCREENSHOT" && echo "screenshot: $KEEP_SCREENSHOT"
exit $status
