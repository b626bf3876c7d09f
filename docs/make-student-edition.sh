#!/usr/bin/env bash
# Make the student edition of the course: a copy of this repository without the reference
# solutions and the grading tools (the folder solutions/), which still builds.
#
#   docs/make-student-edition.sh DEST
#
# DEST must not exist yet, or be an empty folder. What the copy holds:
#   - every file of the repository that git tracks or would track (build output, IDE files and
#     other ignored files stay behind); without git, every file except target/ folders and .git/;
#   - not solutions/ (reference solutions, tools/CourseTools.java, the course check and the grader);
#   - the root pom.xml without its line <module>solutions</module>, so that Maven does not look
#     for the missing module.
# Students then run, as usual:  ./mvnw test -pl ch01-exceptions
# (demo tests pass; exercise tests fail until the exercises are solved).
set -euo pipefail

if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: $0 DEST   (DEST: a new or empty folder for the student edition)" >&2
  exit 2
fi
src=$(cd "$(dirname "$0")/.." && pwd)
dest=$1
if [ -e "$dest" ] && [ -n "$(ls -A "$dest")" ]; then
  echo "$dest exists and is not empty; give a new or empty folder" >&2
  exit 2
fi
mkdir -p "$dest"
dest=$(cd "$dest" && pwd)
case "$dest/" in
  "$src"/*) echo "$dest is inside the repository; give a folder outside it" >&2; exit 2 ;;
esac

cd "$src"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  # Tracked files, plus new files that are not ignored; files deleted in the work tree are skipped.
  git ls-files -z --cached --others --exclude-standard \
    | while IFS= read -r -d '' f; do
        case "$f" in solutions/*) continue ;; esac
        [ -e "$f" ] && printf '%s\0' "$f"
      done \
    | tar --null -T - -cf - | (cd "$dest" && tar -xf -)
else
  tar --exclude=./solutions --exclude=./.git --exclude='target' -cf - . | (cd "$dest" && tar -xf -)
fi

module_line='^[[:space:]]*<module>solutions</module>[[:space:]]*$'
grep -v "$module_line" "$dest/pom.xml" > "$dest/pom.xml.tmp"
mv "$dest/pom.xml.tmp" "$dest/pom.xml"
if grep -q '<module>solutions</module>' "$dest/pom.xml"; then
  echo "could not remove the solutions module from $dest/pom.xml; remove it by hand" >&2
  exit 1
fi
if [ -e "$dest/solutions" ]; then
  echo "solutions/ was copied to $dest; delete it by hand" >&2
  exit 1
fi

echo "Student edition written to $dest (without solutions/; the root pom no longer lists it)."
echo "Try it: cd $dest && ./mvnw test -pl ch01-exceptions"
