"""Writers of the graph's plain exports (CSV, GraphML, Neo4j import files, prediction JSONL).

Kept apart from the graph itself, as networkx keeps ``readwrite/`` apart from
its graph classes.  Every writer goes through ``atomic_write`` so a failed or
interrupted build leaves the previous output intact.
"""
from unionkg.readwrite.atomic import atomic_write
from unionkg.readwrite.tables import write_entities_csv, write_relations_csv
from unionkg.readwrite.graphml import write_graphml
from unionkg.readwrite.neo4j import write_neo4j
from unionkg.readwrite.predictions import write_predictions

__all__ = ["atomic_write", "write_entities_csv", "write_relations_csv", "write_graphml",
           "write_predictions", "write_neo4j"]
