#!/usr/bin/env bash
# A made-up roster for trying and timing roster grading: N students' clones, each a git repository
# whose one commit holds the course's chapters with every exercise solved (the reference solutions
# of solutions/src/main/java copied over the stubs).
#
#   solutions/make-roster.sh N DEST
#   ./mvnw -q verify -Pgrade -Dcourse.grade.roster=DEST     # every student: 290 / 290 (see docs/grading.md)
#
# DEST must not exist yet, or be an empty folder. The students are student01 … studentN; their
# commits are dated 2026-12-19T12:00:00Z (so -Dcourse.grade.deadline=2026-12-20T23:59:00Z keeps them).
# The copies hold the chapters only, as a student's clone would hold them among its other files:
# the grader reads nothing else. Not in the student edition (solutions/ is the instructor's).
set -euo pipefail

if [ $# -ne 2 ] || ! [[ $1 =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 N DEST   (N: how many students, 1 or more; DEST: a new or empty folder)" >&2
  exit 2
fi
n=$1
dest=$2
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -e "$dest" ] && [ -n "$(ls -A "$dest")" ]; then
  echo "$dest exists and is not empty; give a new or empty folder" >&2
  exit 2
fi
mkdir -p "$dest"

export GIT_AUTHOR_NAME=student GIT_AUTHOR_EMAIL=student@example.com
export GIT_COMMITTER_NAME=student GIT_COMMITTER_EMAIL=student@example.com
export GIT_AUTHOR_DATE=2026-12-19T12:00:00Z GIT_COMMITTER_DATE=2026-12-19T12:00:00Z

# One solved copy, then a clone of it per student (cheap: git shares nothing across the folders).
template=$(mktemp -d)
trap 'rm -rf "$template"' EXIT
for chapter in "$root"/ch[0-9][0-9]-*/; do
  name=$(basename "$chapter")
  mkdir -p "$template/$name/src"
  cp -R "$chapter/src/main" "$template/$name/src/main"
done
cp -R "$root/solutions/src/main/java/." "$template/.solutions"
for solved in $(cd "$template/.solutions" && find . -name '*.java'); do
  chapter=$(ls -d "$template"/ch"$(echo "$solved" | sed -n 's#^\./course/ch\([0-9][0-9]\)/.*#\1#p')"-*)
  cp "$template/.solutions/$solved" "$chapter/src/main/java/$solved"
done
rm -rf "$template/.solutions"

for i in $(seq 1 "$n"); do
  id=$(printf 'student%02d' "$i")
  cp -R "$template" "$dest/$id"
  git -C "$dest/$id" init -q
  git -C "$dest/$id" add -A
  git -C "$dest/$id" commit -q -m "Every exercise solved"
done
echo "$n solved copies in $dest (student01 … $(printf 'student%02d' "$n"))"
