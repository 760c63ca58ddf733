import { useState } from 'react';

/** A photo uploaded as it was chosen: the id the API gave it and the file's name, to list and to send. */
export interface PickedPhoto {
  id: string;
  name: string;
}

const PHOTO_TYPES = new Set(['image/jpeg', 'image/png']);

export type PhotoProblem = { kind: 'too-many' } | { kind: 'wrong-file' } | { kind: 'refused'; error: unknown };

/**
 * Photos uploaded as they are chosen (a complaint's, a hearing comment's): the count, emptiness, size and type
 * are checked in the browser first; `report` hears of a problem, or null once a batch is uploaded.
 */
export function usePhotoUploads({ max, maxBytes, upload, report }: { max: number; maxBytes: number; upload: (file: File) => Promise<{ id: string }>; report: (problem: PhotoProblem | null) => void }) {
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [uploading, setUploading] = useState(false);

  const add = async (files: FileList | null) => {
    const chosen = [...(files ?? [])];
    if (chosen.length === 0) return;
    if (photos.length + chosen.length > max) return report({ kind: 'too-many' });
    if (chosen.some((f) => f.size === 0 || f.size > maxBytes || (f.type && !PHOTO_TYPES.has(f.type)))) return report({ kind: 'wrong-file' });
    setUploading(true);
    try {
      for (const file of chosen) {
        const { id } = await upload(file);
        setPhotos((list) => [...list, { id, name: file.name }]);
      }
      report(null);
    } catch (error) {
      report({ kind: 'refused', error });
    } finally {
      setUploading(false);
    }
  };

  return { photos, uploading, max, add, remove: (id: string) => setPhotos((list) => list.filter((p) => p.id !== id)), clear: () => setPhotos([]) };
}

/** The chosen photos, each with a way to take it out, and the file input for more (inside a FormField). */
export function PhotoPicker({
  id,
  picker,
  describedBy,
  invalid,
  listClassName,
  texts,
}: {
  id: string;
  picker: ReturnType<typeof usePhotoUploads>;
  describedBy: string | undefined;
  invalid: boolean | undefined;
  listClassName: string;
  texts: { added: (name: string) => string; remove: (name: string) => string; uploading: string };
}) {
  return (
    <>
      {picker.photos.length > 0 && (
        <ul className={listClassName}>
          {picker.photos.map((p) => (
            <li key={p.id}>
              <span>{texts.added(p.name)}</span>
              <button type="button" className="link-button" onClick={() => picker.remove(p.id)}>
                {texts.remove(p.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {picker.uploading && (
        <p role="status" className="hint">
          {texts.uploading}
        </p>
      )}
      <input
        id={id}
        name="photos"
        type="file"
        className="file-input"
        accept="image/jpeg,image/png"
        multiple
        disabled={picker.uploading || picker.photos.length >= picker.max}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        onChange={(e) => {
          void picker.add(e.target.files);
          e.target.value = '';
        }}
      />
    </>
  );
}
