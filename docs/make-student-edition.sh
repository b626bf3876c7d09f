#!/usr/bin/env bash
# Make the student edition of the course: what students get. A copy of the repository's last
# commit without the reference solutions and the instructor's and maintainer's parts, which builds
# and whose every command works.
#
#   docs/make-student-edition.sh DEST
#
# DEST must not exist yet, or be an empty folder. What the copy holds:
#   - the files of the last commit (git archive HEAD), never the work tree: an edit that is not
#     committed (a solved stub, say) does not go out; the script names the files it left out;
#   - not solutions/ (reference solutions), docs/grading.md (the grading guide), this script, nor
#     the course's own CI (.ci/, .github/workflows/ci.yml);
#   - every Markdown page without its parts for instructors and maintainers: the lines from
#     <!-- instructor --> to <!-- end instructor -->, both included;
#   - the root pom.xml without its line <module>solutions</module>.
# Students then run, as the README says:  ./mvnw -q test -pl ch01-exceptions
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
cd "$src"
if ! git rev-parse --verify -q HEAD >/dev/null 2>&1; then
  echo "$src is not a git checkout with a commit: the edition is made from committed files only" >&2
  exit 2
fi
mkdir -p "$dest"
dest=$(cd "$dest" && pwd)
case "$dest/" in
  "$src"/*) echo "$dest is inside the repository; give a folder outside it" >&2; exit 2 ;;
esac

left_out=$(git status --porcelain --untracked-files=all | sed 's/^...//')
git archive --format=tar HEAD \
  | tar -x -C "$dest" --exclude='solutions' --exclude='docs/grading.md' \
      --exclude='docs/make-student-edition.sh' --exclude='.ci' --exclude='.github/workflows/ci.yml'

# Markdown pages: drop the parts for instructors and maintainers.
find "$dest" -name '*.md' -type f | while IFS= read -r page; do
  awk '/<!-- instructor -->/ { skip = 1 } !skip { print } /<!-- end instructor -->/ { skip = 0 }' "$page" > "$page.tmp"
  mv "$page.tmp" "$page"
done

module_line='^[[:space:]]*<module>solutions</module>[[:space:]]*$'
grep -v "$module_line" "$dest/pom.xml" > "$dest/pom.xml.tmp"
mv "$dest/pom.xml.tmp" "$dest/pom.xml"
if grep -q '<module>solutions</module>' "$dest/pom.xml" || [ -e "$dest/solutions" ]; then
  echo "could not leave solutions/ out of $dest; delete the folder and its module line by hand" >&2
  exit 1
fi

echo "Student edition of $(git rev-parse --short HEAD) written to $dest"
if [ -n "$left_out" ]; then
  echo "Left out, because they are not committed:"
  printf '%s\n' "$left_out" | sed 's/^/  /'
fi
echo "Try it: cd $dest && ./mvnw -q test -pl ch01-exceptions"
