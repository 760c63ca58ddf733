import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { json, jsonLanguage, jsonParseLinter } from '@codemirror/lang-json';
import { syntaxTree } from '@codemirror/language';
import { linter, lintGutter } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { handleRefresh, jsonCompletion, jsonSchemaHover, jsonSchemaLinter, stateExtensions, updateSchema } from 'codemirror-json-schema';
import { useEffect, useRef } from 'react';
import type { Vocabulary } from '../data';

type SyntaxNode = ReturnType<ReturnType<typeof syntaxTree>['resolveInner']>;

export interface JsonEditorProps {
  /** The text when the editor is made (later changes come from typing, or `replace`). */
  initial: string;
  schema: Record<string, unknown>;
  vocabulary: Vocabulary;
  onChange: (text: string) => void;
  /** The accessible name of the text area. */
  label: string;
  describedBy?: string;
}

/** The property name a string or property node belongs to: `"type": "|"` → type. */
function propertyName(node: SyntaxNode, doc: string): string | null {
  const property = node.parent?.name === 'Property' ? node.parent : null;
  const name = property?.getChild('PropertyName');
  return name ? doc.slice(name.from + 1, name.to - 1) : null;
}

/** The names of the properties enclosing a node, innermost first: `on.SUBMIT.guard.type` → [type, guard, SUBMIT, on, …]. */
function enclosingNames(node: SyntaxNode | null, doc: string): string[] {
  const names: string[] = [];
  for (let n = node; n; n = n.parent) {
    if (n.name === 'Property') {
      const name = n.getChild('PropertyName');
      if (name) names.push(doc.slice(name.from + 1, name.to - 1));
    }
  }
  return names;
}

/**
 * Completion of the portal's own words, which the JSON Schema cannot list: guard names in `guard.type`, action names
 * in `actions[].type` and `entry[].type`, event words as the keys of `on`, state names in `target` and `initial`.
 */
function vocabularyCompletion(vocabulary: Vocabulary) {
  return (context: CompletionContext): CompletionResult | null => {
    const doc = context.state.doc.toString();
    const node = syntaxTree(context.state).resolveInner(context.pos, -1);
    const inString = node.name === 'String' || node.name === 'PropertyName';
    if (!inString) return null;
    const from = node.from + 1;
    const names = enclosingNames(node, doc);
    const stateNames = () => {
      const match = /"states"\s*:\s*\{/.exec(doc);
      if (!match) return [];
      const found = new Set<string>();
      for (const m of doc.slice(match.index).matchAll(/\n\s{6}"([A-Za-z0-9_-]+)"\s*:\s*\{/g)) found.add(m[1]);
      return [...found];
    };
    if (node.name === 'String' && propertyName(node, doc) === 'type') {
      if (names.includes('guard') || names.includes('guards')) {
        return { from, options: vocabulary.guards.map((g) => ({ label: g.name, type: 'function', detail: g.kind, info: g.description })), validFor: /^[\w]*$/ };
      }
      if (names.includes('actions') || names.includes('entry')) {
        return { from, options: vocabulary.actions.map((a) => ({ label: a.name, type: 'function', detail: a.effect, info: a.description })), validFor: /^[\w]*$/ };
      }
    }
    if (node.name === 'PropertyName' && names[1] === 'on') {
      return { from, options: vocabulary.events.map((e) => ({ label: e.type, type: 'keyword', detail: e.label.th, info: e.label.en })), validFor: /^[A-Z_]*$/ };
    }
    if (node.name === 'PropertyName' && node.parent?.parent?.parent && names[0] === 'on') {
      return { from, options: vocabulary.events.map((e) => ({ label: e.type, type: 'keyword', detail: e.label.th, info: e.label.en })), validFor: /^[A-Z_]*$/ };
    }
    if (node.name === 'String' && ['target', 'initial'].includes(propertyName(node, doc) ?? '')) {
      return { from, options: stateNames().map((s) => ({ label: s, type: 'variable' })), validFor: /^[\w-]*$/ };
    }
    return null;
  };
}

/**
 * The definition editor: CodeMirror 6 with JSON, lint against the definition's JSON Schema and completion from the
 * schema (codemirror-json-schema), completion of guards, actions, event words and state names, hover help.
 */
export default function JsonEditor({ initial, schema, vocabulary, onChange, label, describedBy }: JsonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: initial,
        extensions: [
          basicSetup,
          json(),
          lintGutter(),
          linter(jsonParseLinter()),
          linter(jsonSchemaLinter(), { needsRefresh: handleRefresh }),
          jsonLanguage.data.of({ autocomplete: jsonCompletion() }),
          jsonLanguage.data.of({ autocomplete: vocabularyCompletion(vocabulary) }),
          autocompletion(),
          hoverTooltip(jsonSchemaHover()),
          stateExtensions(schema),
          EditorView.lineWrapping,
          // tabindex: axe counts a contenteditable as focusable only with it, and the scroller must hold something focusable.
          EditorView.contentAttributes.of({ tabindex: '0', 'aria-label': label, ...(describedBy ? { 'aria-describedby': describedBy } : {}) }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => editor.destroy();
    // The editor is made once; its text is then the editor's own.
  }, []);

  useEffect(() => {
    if (view.current) updateSchema(view.current, schema);
  }, [schema]);

  return <div className="studio-editor" ref={host} data-testid="definition-editor" />;
}
