"""Identities -> IRIs: stable, readable, built from identity keys (never from run order).

Shared entities (places, organisations, documents, people, posts) get IRIs from what identifies
them, so every article that mentions them names the same node. Article-bound facts (evidence,
meetings, activities, observations, claims) are scoped to their article's id.
"""

from __future__ import annotations

import functools

from rdflib import URIRef

from .gazetteer import needs_code
from .model import Area, DocumentRef, OrgRef, Post, Span
from .ns import ID
from .text import slug


# Pure functions of frozen values: an article names the same units and bodies many times and
# a corpus the same ones in every article, so each path and IRI is made once.
_memo = functools.lru_cache(maxsize=1 << 14)


@_memo
def area_path(area: Area) -> str:
    """"tinh-bac-lieu/huyen-dong-hai" (unit word kept: "huyện Kỳ Anh" != "thị xã Kỳ Anh"; the GSO
    code appended where two siblings' names differ only by tone: ".../xa-son-ha-21289")."""
    if area.level == "nation":
        return slug(area.name)
    parts = []
    node: Area | None = area
    while node is not None and node.level != "nation":
        part = slug(f"{node.unit} {node.name}")
        if node.code is not None and needs_code(node):  # "xã Sơn Hà" / "xã Sơn Hạ": same slug
            part = f"{part}-{node.code}"
        parts.append(part)
        node = node.parent
    return "/".join(reversed(parts))


@_memo
def area_iri(area: Area) -> URIRef:
    """IRI of an administrative unit."""
    return ID[f"place/{area_path(area)}"]


@_memo
def org_path(org: OrgRef, article_id: str) -> str:
    """Path of an organisation: its area's path then its name; article-scoped without area."""
    if org.parent is not None:
        return f"{org_path(org.parent, article_id)}/{slug(org.name)}"
    if org.area is None:
        return f"article/{article_id}/{slug(org.name)}"
    return f"{area_path(org.area)}/{slug(org.name)}"


@_memo
def org_iri(org: OrgRef, article_id: str) -> URIRef:
    """IRI of an organisation."""
    return ID[f"org/{org_path(org, article_id)}"]


def document_iri(ref: DocumentRef, article_id: str) -> URIRef:
    """IRI of a policy document from (kind, issuer, number)."""
    issuer = org_path(ref.issuer, article_id) if ref.issuer else f"article/{article_id}"
    return ID[f"document/{ref.kind}/{issuer}/{slug(ref.number)}"]


def person_iri(name: str, posts: tuple[Post, ...], article_id: str) -> URIRef:
    """IRI of a person: the name within the area of their first post, else within the article."""
    for post in posts:
        area = post.org.area
        if area is not None:
            return ID[f"person/{area_path(area)}/{slug(name)}"]
    return ID[f"person/article/{article_id}/{slug(name)}"]


def post_iri(post: Post, article_id: str) -> URIRef:
    """IRI of a post: the organisation's path then the title."""
    return ID[f"post/{org_path(post.org, article_id)}/{slug(post.title)}"]


def article_iri(article_id: str) -> URIRef:
    """IRI of an article."""
    return ID[f"article/{article_id}"]


def evidence_iri(article_id: str, span: Span) -> URIRef:
    """IRI of an evidence node: the article and the character offsets."""
    return ID[f"evidence/{article_id}/{span.start}-{span.end}"]


def scoped_iri(kind: str, article_id: str, key: str) -> URIRef:
    """IRI of an article-bound fact: id/{kind}/{article}/{key}."""
    return ID[f"{kind}/{article_id}/{key}"]
