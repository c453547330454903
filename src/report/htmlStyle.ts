/** The inline stylesheet of index.html: readable on screen and in a headless screenshot. */
export const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1b1f24;
  max-width: 1180px; margin: 24px auto; padding: 0 20px; background: #fff; }
h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 36px; border-bottom: 1px solid #d0d7de; }
h4 { margin: 14px 0 4px; font-size: 14px; }
table { border-collapse: collapse; margin: 8px 0 12px; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
table.overview td { font-size: 13px; }
.muted { color: #57606a; font-size: 12px; }
.badge { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; font-weight: 600; }
.badge.ok { background: #dafbe1; color: #116329; } .badge.bad { background: #ffebe9; color: #a40e26; }
.statement { font-style: italic; }
.claim { border-left: 3px solid #d0d7de; padding: 2px 12px; margin: 10px 0; }
.triage { padding: 4px 8px; border-radius: 4px; }
.triage.genuine { background: #fff8c5; } .triage.rounding { background: #ddf4ff; }
.triage.undetermined { background: #eaeef2; }
ul.kv { columns: 2; margin: 4px 0; font-size: 13px; }
figure { display: inline-block; margin: 8px 16px 8px 0; vertical-align: top; }
figcaption { font-size: 12px; color: #57606a; max-width: 440px; }
pre { white-space: pre-wrap; background: #f6f8fa; padding: 8px; font-size: 12px; }
code { font-size: 12px; }
`;
