// @generated: do not edit by hand.
// Generator: @handshake/sap-codegen (sap generate)
// Source: registry/schema/*.schema.json
// Regenerate: pnpm sap generate
// The JSON Schemas, embedded so the validator reads nothing but the registry folder.

/** registry/schema/*.schema.json by file name. */
export const schemas: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  "anti-pattern.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://handshake.dev/session-anti-patterns/schema/anti-pattern.schema.json",
    "title": "AntiPatternEntry",
    "description": "registry/anti-patterns/SAP-NNN.yaml: one session anti-pattern. The file name is the id.",
    "type": "object",
    "additionalProperties": false,
    "required": [
      "id",
      "slug",
      "title",
      "summary",
      "description",
      "category",
      "severity",
      "status",
      "detection",
      "trigger",
      "params",
      "enforcement",
      "evidence",
      "references",
      "examples"
    ],
    "properties": {
      "id": {
        "$ref": "common.schema.json#/$defs/AntiPatternId"
      },
      "slug": {
        "$ref": "common.schema.json#/$defs/Slug"
      },
      "title": {
        "type": "string",
        "minLength": 1,
        "maxLength": 100
      },
      "summary": {
        "type": "string",
        "minLength": 1,
        "maxLength": 300,
        "description": "One or two plain sentences: what happens and why it is harmful."
      },
      "description": {
        "$ref": "common.schema.json#/$defs/Markdown",
        "description": "Markdown: the pattern, how it arises, what legitimate work looks like beside it, and how the trigger tells them apart."
      },
      "category": {
        "$ref": "common.schema.json#/$defs/Token",
        "description": "A category id from registry.yaml."
      },
      "tags": {
        "type": "array",
        "items": {
          "$ref": "common.schema.json#/$defs/Token"
        },
        "uniqueItems": true
      },
      "severity": {
        "$ref": "common.schema.json#/$defs/Token",
        "description": "A severity id from registry.yaml."
      },
      "status": {
        "enum": [
          "experimental",
          "stable",
          "deprecated"
        ],
        "description": "experimental entries are audit-only; deprecated entries name replaced_by."
      },
      "replaced_by": {
        "$ref": "common.schema.json#/$defs/AntiPatternId",
        "description": "Required when status is deprecated: the live entry that supersedes this one."
      },
      "detection": {
        "type": "array",
        "minItems": 1,
        "items": {
          "title": "DetectionSpec",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "source",
            "events"
          ],
          "properties": {
            "source": {
              "$ref": "common.schema.json#/$defs/Token",
              "description": "A detection source id from registry.yaml."
            },
            "events": {
              "type": "array",
              "minItems": 1,
              "uniqueItems": true,
              "items": {
                "$ref": "common.schema.json#/$defs/EventType"
              }
            },
            "description": {
              "type": "string",
              "minLength": 1
            }
          }
        }
      },
      "trigger": {
        "$ref": "#/$defs/Trigger"
      },
      "params": {
        "type": "object",
        "description": "Named thresholds. Triggers read them as params.NAME; a deployment may override them within min..max.",
        "propertyNames": {
          "$ref": "common.schema.json#/$defs/ParamName"
        },
        "additionalProperties": {
          "$ref": "#/$defs/Param"
        }
      },
      "enforcement": {
        "$ref": "#/$defs/Enforcement"
      },
      "evidence": {
        "$ref": "#/$defs/Evidence"
      },
      "references": {
        "title": "References",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "rules"
        ],
        "properties": {
          "rules": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "$ref": "common.schema.json#/$defs/RuleId"
            },
            "description": "Runtime rules (registry.yaml rules) this entry protects."
          },
          "links": {
            "type": "array",
            "items": {
              "$ref": "common.schema.json#/$defs/Link"
            }
          }
        }
      },
      "examples": {
        "title": "Examples",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "trigger",
          "no_trigger"
        ],
        "properties": {
          "trigger": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/$defs/TriggerExample"
            }
          },
          "no_trigger": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/$defs/NoTriggerExample"
            }
          }
        }
      }
    },
    "$defs": {
      "EvidenceRecord": {
        "title": "EvidenceRecord",
        "description": "Payload fields of the event that ends a finding, copied into the anti_pattern.detected event's details: one list for every event type that can end a finding, or one list per event type (`{workspace.write: [path], workspace_cross_session.denied: [target_path]}`) when a runtime event and a proposed event with different payloads end findings; the map's keys must be exactly those event types.",
        "oneOf": [
          {
            "$ref": "#/$defs/FieldNames"
          },
          {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {
              "$ref": "common.schema.json#/$defs/EventType"
            },
            "additionalProperties": {
              "$ref": "#/$defs/FieldNames"
            }
          }
        ]
      },
      "FieldNames": {
        "title": "FieldNames",
        "type": "array",
        "uniqueItems": true,
        "items": {
          "$ref": "common.schema.json#/$defs/FieldName"
        }
      },
      "Trigger": {
        "title": "Trigger",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "on",
          "condition"
        ],
        "properties": {
          "on": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "$ref": "common.schema.json#/$defs/EventType"
            },
            "description": "Event types this trigger evaluates. Each must be watched by a detection source of the entry."
          },
          "condition": {
            "$ref": "common.schema.json#/$defs/CelByEvent",
            "description": "CEL, must be bool. Without a window: fires for each `on` event where it is true. With a window: evaluated when the window completes, with `window` bound."
          },
          "window": {
            "$ref": "#/$defs/Window"
          }
        }
      },
      "Window": {
        "title": "Window",
        "description": "Stateful correlation on event time (never wall-clock), grouped by a key.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "kind",
          "group_by"
        ],
        "properties": {
          "kind": {
            "enum": [
              "count",
              "distinct",
              "sequence",
              "absence"
            ]
          },
          "group_by": {
            "$ref": "common.schema.json#/$defs/CelByEvent",
            "description": "CEL string: the group key. Windows of different keys never interact."
          },
          "span": {
            "$ref": "common.schema.json#/$defs/Duration"
          },
          "span_param": {
            "$ref": "common.schema.json#/$defs/ParamName",
            "description": "Name of a duration param giving the span; use instead of span."
          },
          "where": {
            "$ref": "common.schema.json#/$defs/CelByEvent",
            "description": "count, distinct: CEL bool deciding which `on` events enter the window (default true)."
          },
          "distinct": {
            "$ref": "common.schema.json#/$defs/CelByEvent",
            "description": "distinct: CEL string whose distinct values are counted into window.distinct."
          },
          "steps": {
            "type": "array",
            "minItems": 2,
            "items": {
              "$ref": "#/$defs/WindowStep"
            },
            "description": "sequence: the ordered steps (all within span of the first). absence: exactly two steps, the anchor and the expected event."
          },
          "direction": {
            "enum": [
              "after",
              "before"
            ],
            "default": "after",
            "description": "absence: `after` fires when no expected event follows the anchor within span (decided once a later event passes the deadline); `before` fires at the anchor when no expected event preceded it within span."
          }
        },
        "oneOf": [
          {
            "required": [
              "span"
            ],
            "not": {
              "required": [
                "span_param"
              ]
            }
          },
          {
            "required": [
              "span_param"
            ],
            "not": {
              "required": [
                "span"
              ]
            }
          }
        ]
      },
      "WindowStep": {
        "title": "WindowStep",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "on"
        ],
        "properties": {
          "on": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "$ref": "common.schema.json#/$defs/EventType"
            }
          },
          "where": {
            "$ref": "common.schema.json#/$defs/CelByEvent",
            "description": "CEL bool; default true."
          }
        }
      },
      "Param": {
        "title": "Param",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "default",
          "description"
        ],
        "properties": {
          "type": {
            "enum": [
              "int",
              "double",
              "bool",
              "string",
              "duration",
              "string_list"
            ],
            "description": "duration params are written like 60s and read in CEL as int milliseconds."
          },
          "default": {
            "description": "Default value; must be of the declared type and within min..max."
          },
          "min": {
            "description": "Lower bound (int, double, duration)."
          },
          "max": {
            "description": "Upper bound (int, double, duration)."
          },
          "unit": {
            "type": "string",
            "minLength": 1
          },
          "description": {
            "type": "string",
            "minLength": 1
          }
        }
      },
      "Enforcement": {
        "title": "Enforcement",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "tiers"
        ],
        "properties": {
          "mode": {
            "enum": [
              "enforce",
              "audit"
            ],
            "description": "Default: audit for experimental entries (which may not enforce), enforce otherwise."
          },
          "per": {
            "enum": [
              "session",
              "root_session",
              "window_key"
            ],
            "default": "session",
            "description": "What occurrences are counted per when choosing a tier."
          },
          "tiers": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/$defs/Tier"
            },
            "description": "Ordered: the first tier starts at occurrence 1; each later tier starts at a higher occurrence and is at least as strict."
          }
        }
      },
      "Tier": {
        "title": "Tier",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "outcome",
          "from",
          "action"
        ],
        "properties": {
          "outcome": {
            "$ref": "common.schema.json#/$defs/Token",
            "description": "An outcome id from registry.yaml."
          },
          "from": {
            "type": "integer",
            "minimum": 1,
            "description": "The occurrence number (per entry and per key) from which this tier applies."
          },
          "within": {
            "$ref": "common.schema.json#/$defs/Duration",
            "description": "Count only occurrences within this span of event time (default: the whole log)."
          },
          "action": {
            "type": "string",
            "minLength": 1,
            "description": "What the runtime does at this tier, precisely."
          }
        }
      },
      "Evidence": {
        "title": "Evidence",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "source_events"
        ],
        "properties": {
          "record": {
            "$ref": "#/$defs/EvidenceRecord"
          },
          "source_events": {
            "type": "array",
            "minItems": 1,
            "items": {
              "title": "EvidenceSourceEvent",
              "type": "object",
              "additionalProperties": false,
              "required": [
                "event_type",
                "why"
              ],
              "properties": {
                "event_type": {
                  "$ref": "common.schema.json#/$defs/EventType"
                },
                "or_event_types": {
                  "type": "array",
                  "minItems": 1,
                  "uniqueItems": true,
                  "items": {
                    "$ref": "common.schema.json#/$defs/EventType"
                  },
                  "description": "Alternatives: an event of event_type or of any of these satisfies the requirement (for an entry that fires on several event types)."
                },
                "why": {
                  "type": "string",
                  "minLength": 1
                }
              }
            },
            "description": "Events that must exist in the log (among the triggering events or earlier in the same session) for an enforcement to be auditable."
          }
        }
      },
      "ExampleEvent": {
        "title": "ExampleEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "event_id",
          "event_type",
          "timestamp",
          "session_id",
          "payload"
        ],
        "properties": {
          "event_id": {
            "type": "string",
            "minLength": 1
          },
          "event_type": {
            "$ref": "common.schema.json#/$defs/EventType"
          },
          "timestamp": {
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?Z$"
          },
          "session_id": {
            "type": "string",
            "minLength": 1
          },
          "payload": {
            "type": "object"
          }
        }
      },
      "ExpectedFinding": {
        "title": "ExpectedFinding",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "outcome"
        ],
        "properties": {
          "outcome": {
            "$ref": "common.schema.json#/$defs/Token"
          },
          "events": {
            "type": "array",
            "minItems": 1,
            "items": {
              "type": "string"
            },
            "description": "The ids of the triggering events, exactly."
          }
        }
      },
      "TriggerExample": {
        "title": "TriggerExample",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "events",
          "expect"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1
          },
          "description": {
            "type": "string"
          },
          "params": {
            "type": "object",
            "description": "Param overrides for this example."
          },
          "events": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/$defs/ExampleEvent"
            }
          },
          "expect": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/$defs/ExpectedFinding"
            },
            "description": "This entry's findings, in order."
          }
        }
      },
      "NoTriggerExample": {
        "title": "NoTriggerExample",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "description",
          "events"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1
          },
          "description": {
            "type": "string",
            "minLength": 1,
            "description": "Why this is legitimate work that must not be flagged."
          },
          "params": {
            "type": "object"
          },
          "events": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/$defs/ExampleEvent"
            }
          }
        }
      }
    }
  },
  "common.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://handshake.dev/session-anti-patterns/schema/common.schema.json",
    "title": "Common definitions",
    "$defs": {
      "AntiPatternId": {
        "type": "string",
        "pattern": "^SAP-[0-9]{3}$",
        "description": "Stable anti-pattern id: SAP- and three digits. Assigned once, never reused, never renamed."
      },
      "Slug": {
        "type": "string",
        "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
        "maxLength": 64,
        "description": "Human-readable kebab-case name. May change between versions; the id may not."
      },
      "Token": {
        "type": "string",
        "pattern": "^[a-z][a-z0-9_-]*$",
        "maxLength": 48,
        "description": "A lowercase identifier (severity, category, source, outcome)."
      },
      "EventType": {
        "type": "string",
        "pattern": "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$",
        "description": "An audit event type, for example session.spawn_requested."
      },
      "ParamName": {
        "type": "string",
        "pattern": "^[a-z][a-z0-9_]*$",
        "maxLength": 48
      },
      "FieldName": {
        "type": "string",
        "pattern": "^[a-z][a-z0-9_]*$",
        "maxLength": 64
      },
      "RuleId": {
        "type": "string",
        "pattern": "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$",
        "description": "A runtime rule id as the runtime spells it, for example INV-SPAWN-001, TRUST-003, AP-006."
      },
      "Duration": {
        "type": "string",
        "pattern": "^[1-9][0-9]*(ms|s|m|h|d)$",
        "description": "A positive duration: a whole number and a unit (ms, s, m, h, d). Example: 90s, 10m."
      },
      "Version": {
        "type": "string",
        "pattern": "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$"
      },
      "CelExpression": {
        "type": "string",
        "minLength": 1,
        "maxLength": 4000,
        "description": "A CEL expression, type-checked at build time against the trigger environment (registry/environment.yaml)."
      },
      "CelByEvent": {
        "title": "CelByEvent",
        "description": "A CEL expression for every event type it is evaluated on, or one expression per event type: `{session_scheduler.dispatch: ..., llm_inference: ...}`. The map form lets one trigger read a runtime event and a proposed event whose payloads differ; its keys must be exactly the event types the expression is evaluated on.",
        "oneOf": [
          {
            "$ref": "#/$defs/CelExpression"
          },
          {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {
              "$ref": "#/$defs/EventType"
            },
            "additionalProperties": {
              "$ref": "#/$defs/CelExpression"
            }
          }
        ]
      },
      "Markdown": {
        "type": "string",
        "minLength": 1
      },
      "Link": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "url"
        ],
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1
          },
          "url": {
            "type": "string",
            "pattern": "^https://"
          }
        }
      }
    }
  },
  "environment.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://handshake.dev/session-anti-patterns/schema/environment.schema.json",
    "title": "TriggerEnvironment",
    "description": "registry/environment.yaml: every variable, type and function a trigger expression may use. The validator type-checks triggers against it; every engine implements exactly it.",
    "type": "object",
    "additionalProperties": false,
    "required": [
      "description",
      "types",
      "variables",
      "functions"
    ],
    "properties": {
      "description": {
        "type": "string",
        "minLength": 1
      },
      "types": {
        "type": "object",
        "propertyNames": {
          "type": "string",
          "pattern": "^[A-Z][A-Za-z0-9]+$"
        },
        "additionalProperties": {
          "title": "EnvironmentType",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "description",
            "fields"
          ],
          "properties": {
            "description": {
              "type": "string",
              "minLength": 1
            },
            "fields": {
              "type": "object",
              "propertyNames": {
                "$ref": "common.schema.json#/$defs/FieldName"
              },
              "additionalProperties": {
                "$ref": "#/$defs/EnvironmentField"
              }
            }
          }
        }
      },
      "variables": {
        "type": "object",
        "propertyNames": {
          "type": "string",
          "pattern": "^[a-z][a-z0-9_]*$"
        },
        "additionalProperties": {
          "title": "EnvironmentVariable",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "type",
            "description",
            "available"
          ],
          "properties": {
            "type": {
              "type": "string",
              "description": "A CEL type or a type from `types`. The special types EntryParams (the entry's params) and EventPayload (the payload of the event type being evaluated) are built per entry and per event type."
            },
            "description": {
              "type": "string",
              "minLength": 1
            },
            "available": {
              "enum": [
                "always",
                "windowed"
              ],
              "description": "windowed: only in the condition of a trigger with a window."
            }
          }
        }
      },
      "functions": {
        "type": "array",
        "items": {
          "title": "EnvironmentFunction",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "signature",
            "description"
          ],
          "properties": {
            "signature": {
              "type": "string",
              "pattern": "^[a-z_]+\\(.*\\): [a-z<>]+$"
            },
            "description": {
              "type": "string",
              "minLength": 1
            }
          }
        }
      }
    },
    "$defs": {
      "EnvironmentField": {
        "title": "EnvironmentField",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "description"
        ],
        "properties": {
          "type": {
            "type": "string"
          },
          "description": {
            "type": "string",
            "minLength": 1
          },
          "built_from": {
            "type": "array",
            "uniqueItems": true,
            "items": {
              "$ref": "common.schema.json#/$defs/EventType"
            },
            "description": "For a field of the session context (registry/SEMANTICS.md, Session context): the event types whose application sets or changes it. A trigger that reads the field sees it built only from a log carrying at least one of them, so `sap coverage` counts an entry as running on the runtime only when one of them is a runtime event. [] means the engine sets the field without any event (the session's own id). Absent on fields not built from the log (the event under evaluation, the window)."
          }
        }
      }
    }
  },
  "events.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://handshake.dev/session-anti-patterns/schema/events.schema.json",
    "title": "EventCatalogFile",
    "description": "registry/events/*.yaml: one family of audit events with typed payloads. Events the runtime registers carry its FR id and origin `runtime`; events the registry adds where the runtime has none carry origin `registry`.",
    "type": "object",
    "additionalProperties": false,
    "required": [
      "family",
      "title",
      "events"
    ],
    "properties": {
      "family": {
        "type": "string",
        "pattern": "^[a-z][a-z0-9_]*$"
      },
      "title": {
        "type": "string",
        "minLength": 1
      },
      "description": {
        "type": "string"
      },
      "events": {
        "type": "array",
        "minItems": 1,
        "items": {
          "$ref": "#/$defs/EventDefinition"
        }
      }
    },
    "$defs": {
      "EventDefinition": {
        "title": "EventDefinition",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "event_type",
          "origin",
          "title",
          "description",
          "payload"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^FR-EVT(-[A-Z0-9]+)+$",
            "description": "Flight Recorder id, for example FR-EVT-SESS-SPAWN-001."
          },
          "event_type": {
            "$ref": "common.schema.json#/$defs/EventType"
          },
          "origin": {
            "enum": [
              "runtime",
              "proposed"
            ],
            "description": "`runtime`: the runtime records it today (its `runtime` block says where). `proposed`: the registry proposes it because no runtime event shows the rule being broken; the runtime does not record it yet, and its id starts FR-EVT-SAP-."
          },
          "title": {
            "type": "string",
            "minLength": 1
          },
          "description": {
            "type": "string",
            "minLength": 1
          },
          "rules": {
            "type": "array",
            "items": {
              "$ref": "common.schema.json#/$defs/RuleId"
            },
            "uniqueItems": true,
            "description": "Runtime rules this event makes observable."
          },
          "session_field": {
            "$ref": "common.schema.json#/$defs/FieldName",
            "description": "The payload field naming the session the event belongs to; it must equal the envelope's session_id."
          },
          "payload": {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {
              "$ref": "common.schema.json#/$defs/FieldName"
            },
            "additionalProperties": {
              "$ref": "#/$defs/PayloadField"
            }
          },
          "runtime": {
            "$ref": "#/$defs/RuntimeRecord"
          }
        },
        "description": "An audit event type. A runtime event carries a `runtime` block (how the runtime records it, checked against its code); a proposed event has none.",
        "if": {
          "properties": {
            "origin": {
              "const": "runtime"
            }
          }
        },
        "then": {
          "required": [
            "runtime"
          ]
        },
        "else": {
          "not": {
            "required": [
              "runtime"
            ]
          }
        }
      },
      "RuntimeRecord": {
        "title": "RuntimeRecord",
        "description": "How the runtime (Nuntissura/Handshake, src/backend/handshake_core) records this event, as its code was read at `checked`.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type_name",
          "emitters",
          "checked"
        ],
        "properties": {
          "type_name": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9_]*$",
            "description": "The event type as serde writes the Rust enum variant (snake_case), as in a debug bundle's trace.jsonl: session_spawn_announce_back."
          },
          "record_type": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9_.]*$",
            "description": "The envelope event_type the runtime records when it differs from event_type (the runtime records trust_boundary.system_downgrade as `system` with payload.type naming it); the payload's `type` then selects this event."
          },
          "payload_match": {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {
              "$ref": "common.schema.json#/$defs/FieldName"
            },
            "additionalProperties": {
              "type": "string",
              "minLength": 1
            },
            "description": "With record_type, for a record whose payload has no `type`: the payload values that select this event, all of which must be equal (the runtime's failed finalization is a `system` record with component workflow_engine and a fixed message)."
          },
          "payload_ids": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "pattern": "^FR-EVT(-[A-Z0-9]+)+$"
            },
            "description": "The values the runtime writes in payload.event_id; default: [id]. Lists both where the specification's id and the code's differ."
          },
          "job_from": {
            "enum": [
              "trace_id"
            ],
            "description": "When the event names no session and no job id: the envelope field that holds its job id (llm_inference links to its job only through trace_id)."
          },
          "emitters": {
            "type": "array",
            "minItems": 1,
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "file",
                "function"
              ],
              "properties": {
                "file": {
                  "type": "string",
                  "minLength": 1,
                  "description": "Path under src/backend/handshake_core/."
                },
                "function": {
                  "type": "string",
                  "minLength": 1
                }
              }
            },
            "description": "The runtime functions that record it."
          },
          "checked": {
            "type": "string",
            "pattern": "^[0-9a-f]{7,40}$",
            "description": "The runtime commit these facts were checked against."
          }
        }
      },
      "PayloadField": {
        "title": "PayloadField",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "description"
        ],
        "properties": {
          "type": {
            "enum": [
              "string",
              "int",
              "double",
              "bool",
              "timestamp",
              "string_list",
              "string_map",
              "json"
            ],
            "description": "string, int, double, bool; timestamp is an RFC 3339 UTC string in JSON and int milliseconds since the epoch in CEL; string_list is a list of strings; string_map is an object of string values (map<string, string> in CEL); json is any JSON value the runtime nests in a payload (an object of numbers, a list of objects), kept as recorded and not readable by triggers."
          },
          "description": {
            "type": "string",
            "minLength": 1
          },
          "optional": {
            "type": "boolean",
            "default": false,
            "description": "An optional field may be absent from the JSON; in CEL it then reads as the type's zero value (\"\", 0, 0.0, false, [])."
          },
          "enum": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "minItems": 1,
            "uniqueItems": true,
            "description": "Allowed values of a string field."
          },
          "minimum": {
            "type": "number"
          }
        }
      }
    }
  },
  "registry.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://handshake.dev/session-anti-patterns/schema/registry.schema.json",
    "title": "RegistryMetadata",
    "description": "registry/registry.yaml: the registry's vocabularies (severities, categories, detection sources, outcomes), the runtime rules entries may cite, and the engine's evaluation limits.",
    "type": "object",
    "additionalProperties": false,
    "required": [
      "name",
      "title",
      "description",
      "severities",
      "categories",
      "detection_sources",
      "outcomes",
      "rules",
      "limits"
    ],
    "properties": {
      "name": {
        "type": "string",
        "pattern": "^[a-z0-9-]+$"
      },
      "title": {
        "type": "string",
        "minLength": 1
      },
      "description": {
        "$ref": "common.schema.json#/$defs/Markdown"
      },
      "severities": {
        "description": "Severity levels, listed from least to most severe. The position is the rank.",
        "type": "array",
        "minItems": 2,
        "items": {
          "title": "SeverityLevel",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "id",
            "title",
            "description",
            "sarif_level"
          ],
          "properties": {
            "id": {
              "$ref": "common.schema.json#/$defs/Token"
            },
            "title": {
              "type": "string",
              "minLength": 1
            },
            "description": {
              "type": "string",
              "minLength": 1
            },
            "sarif_level": {
              "enum": [
                "none",
                "note",
                "warning",
                "error"
              ],
              "description": "SARIF result level for findings of this severity."
            }
          }
        }
      },
      "categories": {
        "type": "array",
        "minItems": 1,
        "items": {
          "title": "Category",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "id",
            "title",
            "description"
          ],
          "properties": {
            "id": {
              "$ref": "common.schema.json#/$defs/Token"
            },
            "title": {
              "type": "string",
              "minLength": 1
            },
            "description": {
              "type": "string",
              "minLength": 1
            }
          }
        }
      },
      "detection_sources": {
        "type": "array",
        "minItems": 1,
        "items": {
          "title": "DetectionSource",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "id",
            "title",
            "description"
          ],
          "properties": {
            "id": {
              "$ref": "common.schema.json#/$defs/Token"
            },
            "title": {
              "type": "string",
              "minLength": 1
            },
            "description": {
              "type": "string",
              "minLength": 1
            }
          }
        }
      },
      "outcomes": {
        "description": "Policy outcomes, listed from least to most strict. The position is the strictness used by tier ordering and by `sap diff`.",
        "type": "array",
        "minItems": 1,
        "items": {
          "title": "Outcome",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "id",
            "title",
            "description"
          ],
          "properties": {
            "id": {
              "$ref": "common.schema.json#/$defs/Token"
            },
            "title": {
              "type": "string",
              "minLength": 1
            },
            "description": {
              "type": "string",
              "minLength": 1
            }
          }
        }
      },
      "rules": {
        "description": "The runtime rules (invariants, trust rules, named anti-patterns, error codes) that entries cite in references.rules.",
        "type": "array",
        "minItems": 1,
        "items": {
          "title": "RuntimeRule",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "id",
            "kind",
            "title"
          ],
          "properties": {
            "id": {
              "$ref": "common.schema.json#/$defs/RuleId"
            },
            "kind": {
              "enum": [
                "invariant",
                "trust_rule",
                "anti_pattern",
                "error_code"
              ]
            },
            "title": {
              "type": "string",
              "minLength": 1
            }
          }
        }
      },
      "limits": {
        "title": "EvaluationLimits",
        "description": "Bounds every conforming engine enforces, so no trigger can stall evaluation and every engine agrees.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "max_payload_list_items",
          "max_context_list_items",
          "max_expression_nodes",
          "max_expression_cost",
          "max_window_events",
          "timestamp_tolerance",
          "max_line_bytes"
        ],
        "properties": {
          "max_payload_list_items": {
            "type": "integer",
            "minimum": 1,
            "description": "An event whose payload has a longer list fails its schema and is reported, not evaluated."
          },
          "max_context_list_items": {
            "type": "integer",
            "minimum": 1,
            "description": "Longest list a trigger reads outside the event's payload (a session context list such as capability_grants or consent_receipts, a receipt's session_ids, a list param); its strings together are at most limits.max_line_bytes. The cost bound assumes both; an evaluation that would read a longer list is a trigger_error input finding instead."
          },
          "max_expression_nodes": {
            "type": "integer",
            "minimum": 16,
            "description": "A CEL expression with more AST nodes is a validation error."
          },
          "max_expression_cost": {
            "type": "integer",
            "minimum": 1,
            "description": "Worst-case cost of one evaluation of a CEL expression, in the units of SEMANTICS.md (Bounded cost), computed from the list and string bounds: a higher cost is a validation error."
          },
          "max_window_events": {
            "type": "integer",
            "minimum": 1,
            "description": "Events kept per window group; the oldest are dropped first and the drop is reported."
          },
          "timestamp_tolerance": {
            "$ref": "common.schema.json#/$defs/Duration",
            "description": "How far an event may be older than the newest event seen before it is reported as out of order."
          },
          "max_line_bytes": {
            "type": "integer",
            "minimum": 1024,
            "description": "Longest audit-log line accepted."
          }
        }
      }
    }
  },
  "retired.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://handshake.dev/session-anti-patterns/schema/retired.schema.json",
    "title": "RetiredFile",
    "description": "registry/retired.yaml: tombstones. An id listed here no longer applies; it is never reused and never removed from this file.",
    "type": "object",
    "additionalProperties": false,
    "required": [
      "retired"
    ],
    "properties": {
      "retired": {
        "type": "array",
        "items": {
          "title": "RetiredEntry",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "id",
            "slug",
            "title",
            "retired_in",
            "reason"
          ],
          "properties": {
            "id": {
              "$ref": "common.schema.json#/$defs/AntiPatternId"
            },
            "slug": {
              "$ref": "common.schema.json#/$defs/Slug"
            },
            "title": {
              "type": "string",
              "minLength": 1
            },
            "retired_in": {
              "$ref": "common.schema.json#/$defs/Version"
            },
            "reason": {
              "type": "string",
              "minLength": 1
            },
            "replaced_by": {
              "$ref": "common.schema.json#/$defs/AntiPatternId"
            }
          }
        }
      }
    }
  }
};
