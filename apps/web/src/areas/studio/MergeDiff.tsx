import { json } from '@codemirror/lang-json';
import { MergeView } from '@codemirror/merge';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { useEffect, useRef } from 'react';

/**
 * Two definitions side by side as JSON (@codemirror/merge), read-only, changes highlighted and unchanged parts folded;
 * each side can be focused (tabindex) to scroll and read it from the keyboard.
 */
export default function MergeDiff({ a, b, labelA, labelB }: { a: string; b: string; labelA: string; labelB: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const readOnly = (label: string) => [basicSetup, json(), EditorState.readOnly.of(true), EditorView.editable.of(false), EditorView.lineWrapping, EditorView.contentAttributes.of({ tabindex: '0', 'aria-label': label })];
    const view = new MergeView({
      a: { doc: a, extensions: readOnly(labelA) },
      b: { doc: b, extensions: readOnly(labelB) },
      parent: host.current!,
      collapseUnchanged: { margin: 3, minSize: 6 },
      // The view's default (scanLimit 500) gives up early on definitions of a thousand lines and marks whole blocks
      // changed; a larger limit, bounded in time, keeps the changes to the lines that changed.
      diffConfig: { scanLimit: 5_000, timeout: 1_000 },
      gutter: true,
    });
    return () => view.destroy();
  }, [a, b, labelA, labelB]);
  return <div className="merge-diff" ref={host} data-testid="merge-diff" />;
}
