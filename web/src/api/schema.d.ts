/**
 * The API's routes with their request and response types, as they travel as JSON.
 * Generated from the server's route registry (its OpenAPI document) by `npm run gen:api`;
 * do not edit. A server test fails while this file differs from what the routes say.
 */

export interface paths {
    "/api/login-log/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    username?: string;
                    result?: "success" | "bad_credentials" | "unknown_user" | "locked" | "disabled";
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Excel workbook (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    cursor?: string;
                    actor?: string;
                    actorId?: string;
                    entity?: string;
                    entityId?: string;
                    action?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Excel workbook (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/login-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    username?: string;
                    result?: "success" | "bad_credentials" | "unknown_user" | "locked" | "disabled";
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                at: string;
                                username: string;
                                /** Format: uuid */
                                userId: string | null;
                                ip: string | null;
                                userAgent: string | null;
                                /** @enum {string} */
                                result: "success" | "bad_credentials" | "unknown_user" | "locked" | "disabled";
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    cursor?: string;
                    actor?: string;
                    actorId?: string;
                    entity?: string;
                    entityId?: string;
                    action?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                /** Format: uuid */
                                actorId: string | null;
                                actorName: string | null;
                                entity: string;
                                entityId: string;
                                action: string;
                                before: unknown;
                                after: unknown;
                                requestId: string | null;
                                ip: string | null;
                                hash: string;
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                people: {
                                    [key: string]: string;
                                };
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            checked: number;
                            brokenAt?: {
                                id: number;
                                /** @enum {string} */
                                reason: "hash_mismatch" | "link_mismatch";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                                position: string;
                                email: string | null;
                                /** @enum {string} */
                                locale: "zh-CN" | "en";
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            roles: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            permissions: {
                                [key: string]: "own" | "subordinates" | "unit" | "unit_tree" | "all";
                            };
                            superior: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            timeZone: string;
                            notices: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                body: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                                position: string;
                                email: string | null;
                                /** @enum {string} */
                                locale: "zh-CN" | "en";
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            roles: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            permissions: {
                                [key: string]: "own" | "subordinates" | "unit" | "unit_tree" | "all";
                            };
                            superior: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            timeZone: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        locale: "zh-CN" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    q?: string;
                    unitId?: string;
                    unitTree?: "true" | "false";
                    status?: "active" | "disabled";
                    roleId?: string;
                    sort?: "username" | "displayName" | "position" | "createdAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Excel workbook (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    q?: string;
                    unitId?: string;
                    unitTree?: "true" | "false";
                    status?: "active" | "disabled";
                    roleId?: string;
                    sort?: "username" | "displayName" | "position" | "createdAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                                position: string;
                                /** @enum {string} */
                                status: "active" | "disabled";
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                superior: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                roles: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                }[];
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        password: string;
                        /** Format: uuid */
                        unitId: string;
                        position: string;
                        /** Format: uuid */
                        superiorId: string | null;
                        /** Format: email */
                        email?: string | null;
                        phone?: string | null;
                        roleIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            position: string;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            superior: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            roles: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            email: string | null;
                            phone: string | null;
                            /** @enum {string} */
                            locale: "zh-CN" | "en";
                            /** Format: date-time */
                            lockedUntil: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            position: string;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            superior: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            roles: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            email: string | null;
                            phone: string | null;
                            /** @enum {string} */
                            locale: "zh-CN" | "en";
                            /** Format: date-time */
                            lockedUntil: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        /** Format: email */
                        email?: string | null;
                        phone?: string | null;
                        roleIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            position: string;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            superior: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            roles: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            email: string | null;
                            phone: string | null;
                            /** @enum {string} */
                            locale: "zh-CN" | "en";
                            /** Format: date-time */
                            lockedUntil: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                superior: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                position: string;
                                reason: string | null;
                                /** Format: date-time */
                                validFrom: string;
                                /** Format: date-time */
                                validTo: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        unitId: string;
                        /** Format: uuid */
                        superiorId: string | null;
                        position: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            position: string;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            superior: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            roles: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            email: string | null;
                            phone: string | null;
                            /** @enum {string} */
                            locale: "zh-CN" | "en";
                            /** Format: date-time */
                            lockedUntil: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            position: string;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            superior: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            roles: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            email: string | null;
                            phone: string | null;
                            /** @enum {string} */
                            locale: "zh-CN" | "en";
                            /** Format: date-time */
                            lockedUntil: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            position: string;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            superior: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            roles: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            email: string | null;
                            phone: string | null;
                            /** @enum {string} */
                            locale: "zh-CN" | "en";
                            /** Format: date-time */
                            lockedUntil: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                parentId: string | null;
                                /** @enum {string} */
                                kind: "company" | "region" | "department" | "team";
                                name: string;
                                code: string;
                                sort: number;
                                memberCount: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        parentId: string;
                        /** @enum {string} */
                        kind: "region" | "department" | "team";
                        name: string;
                        code: string;
                        /** @default 0 */
                        sort?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            parentId: string | null;
                            /** @enum {string} */
                            kind: "company" | "region" | "department" | "team";
                            name: string;
                            code: string;
                            sort: number;
                            memberCount: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        parentId?: string;
                        name?: string;
                        code?: string;
                        sort?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            parentId: string | null;
                            /** @enum {string} */
                            kind: "company" | "region" | "department" | "team";
                            name: string;
                            code: string;
                            sort: number;
                            memberCount: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                preset: boolean;
                                permissions: {
                                    permission: string;
                                    /** @enum {string} */
                                    scope: "own" | "subordinates" | "unit" | "unit_tree" | "all";
                                }[];
                                userCount: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        nameZh: string;
                        nameEn: string;
                        permissions: {
                            permission: string;
                            /** @enum {string} */
                            scope: "own" | "subordinates" | "unit" | "unit_tree" | "all";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            nameZh: string;
                            nameEn: string;
                            preset: boolean;
                            permissions: {
                                permission: string;
                                /** @enum {string} */
                                scope: "own" | "subordinates" | "unit" | "unit_tree" | "all";
                            }[];
                            userCount: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                label: {
                                    "zh-CN": string;
                                    en: string;
                                };
                                scoped: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nameZh?: string;
                        nameEn?: string;
                        permissions?: {
                            permission: string;
                            /** @enum {string} */
                            scope: "own" | "subordinates" | "unit" | "unit_tree" | "all";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            nameZh: string;
                            nameEn: string;
                            preset: boolean;
                            permissions: {
                                permission: string;
                                /** @enum {string} */
                                scope: "own" | "subordinates" | "unit" | "unit_tree" | "all";
                            }[];
                            userCount: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    unitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                label: {
                                    "zh-CN": string;
                                    en: string;
                                };
                                description: {
                                    "zh-CN": string;
                                    en: string;
                                };
                                unit: string;
                                ruleIds: string[];
                                chapter: string;
                                systemOnly: boolean;
                                default: unknown;
                                value: unknown;
                                history: {
                                    value: unknown;
                                    /** Format: date-time */
                                    effectiveFrom: string;
                                    /** Format: date-time */
                                    setAt: string;
                                    setBy: {
                                        /** Format: uuid */
                                        id: string;
                                        username: string;
                                        displayName: string;
                                    } | null;
                                    note: string | null;
                                }[];
                                overrides: {
                                    value: unknown;
                                    /** Format: date-time */
                                    effectiveFrom: string;
                                    /** Format: date-time */
                                    setAt: string;
                                    setBy: {
                                        /** Format: uuid */
                                        id: string;
                                        username: string;
                                        displayName: string;
                                    } | null;
                                    note: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    policyId: string;
                                    unit: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    /** Format: date-time */
                                    acknowledgedAt: string | null;
                                    acknowledgedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        username: string;
                                        displayName: string;
                                    } | null;
                                }[];
                                chainChoices?: {
                                    amountAbove: {
                                        id: string;
                                        label: {
                                            "zh-CN": string;
                                            en: string;
                                        };
                                        value: unknown;
                                    }[];
                                    measures: {
                                        key: string;
                                        label: {
                                            "zh-CN": string;
                                            en: string;
                                        };
                                        policies: {
                                            id: string;
                                            label: {
                                                "zh-CN": string;
                                                en: string;
                                            };
                                            value: unknown;
                                        }[];
                                    }[];
                                    flags: {
                                        key: string;
                                        label: {
                                            "zh-CN": string;
                                            en: string;
                                        };
                                    }[];
                                };
                            }[];
                            roles: {
                                code: string;
                                name: {
                                    "zh-CN": string;
                                    en: string;
                                };
                            }[];
                            can: {
                                editBusiness: boolean;
                                editSystem: boolean;
                                acknowledge: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        value: unknown;
                        /** Format: date-time */
                        effectiveFrom?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            label: {
                                "zh-CN": string;
                                en: string;
                            };
                            description: {
                                "zh-CN": string;
                                en: string;
                            };
                            unit: string;
                            ruleIds: string[];
                            chapter: string;
                            systemOnly: boolean;
                            default: unknown;
                            value: unknown;
                            history: {
                                value: unknown;
                                /** Format: date-time */
                                effectiveFrom: string;
                                /** Format: date-time */
                                setAt: string;
                                setBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                note: string | null;
                            }[];
                            overrides: {
                                value: unknown;
                                /** Format: date-time */
                                effectiveFrom: string;
                                /** Format: date-time */
                                setAt: string;
                                setBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                note: string | null;
                                /** Format: uuid */
                                id: string;
                                policyId: string;
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                acknowledgedAt: string | null;
                                acknowledgedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            chainChoices?: {
                                amountAbove: {
                                    id: string;
                                    label: {
                                        "zh-CN": string;
                                        en: string;
                                    };
                                    value: unknown;
                                }[];
                                measures: {
                                    key: string;
                                    label: {
                                        "zh-CN": string;
                                        en: string;
                                    };
                                    policies: {
                                        id: string;
                                        label: {
                                            "zh-CN": string;
                                            en: string;
                                        };
                                        value: unknown;
                                    }[];
                                }[];
                                flags: {
                                    key: string;
                                    label: {
                                        "zh-CN": string;
                                        en: string;
                                    };
                                }[];
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/overrides/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        value: unknown;
                        /** Format: date-time */
                        effectiveFrom?: string;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            label: {
                                "zh-CN": string;
                                en: string;
                            };
                            description: {
                                "zh-CN": string;
                                en: string;
                            };
                            unit: string;
                            ruleIds: string[];
                            chapter: string;
                            systemOnly: boolean;
                            default: unknown;
                            value: unknown;
                            history: {
                                value: unknown;
                                /** Format: date-time */
                                effectiveFrom: string;
                                /** Format: date-time */
                                setAt: string;
                                setBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                note: string | null;
                            }[];
                            overrides: {
                                value: unknown;
                                /** Format: date-time */
                                effectiveFrom: string;
                                /** Format: date-time */
                                setAt: string;
                                setBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                note: string | null;
                                /** Format: uuid */
                                id: string;
                                policyId: string;
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                acknowledgedAt: string | null;
                                acknowledgedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            chainChoices?: {
                                amountAbove: {
                                    id: string;
                                    label: {
                                        "zh-CN": string;
                                        en: string;
                                    };
                                    value: unknown;
                                }[];
                                measures: {
                                    key: string;
                                    label: {
                                        "zh-CN": string;
                                        en: string;
                                    };
                                    policies: {
                                        id: string;
                                        label: {
                                            "zh-CN": string;
                                            en: string;
                                        };
                                        value: unknown;
                                    }[];
                                }[];
                                flags: {
                                    key: string;
                                    label: {
                                        "zh-CN": string;
                                        en: string;
                                    };
                                }[];
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policy-overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    pending?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                value: unknown;
                                /** Format: date-time */
                                effectiveFrom: string;
                                /** Format: date-time */
                                setAt: string;
                                setBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                note: string | null;
                                /** Format: uuid */
                                id: string;
                                policyId: string;
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                acknowledgedAt: string | null;
                                acknowledgedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policy-overrides/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            value: unknown;
                            /** Format: date-time */
                            effectiveFrom: string;
                            /** Format: date-time */
                            setAt: string;
                            setBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            note: string | null;
                            /** Format: uuid */
                            id: string;
                            policyId: string;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            acknowledgedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chapters: {
                                id: string;
                                title: {
                                    "zh-CN": string;
                                    en: string;
                                };
                                rules: {
                                    id: string;
                                    source: {
                                        "zh-CN": string;
                                        en: string;
                                    };
                                    system: {
                                        "zh-CN": string;
                                        en: string;
                                    };
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadlines/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    ownerId?: string;
                    unitId?: string;
                    unitTree?: "true" | "false";
                    kind?: string;
                    sort?: "dueAt" | "owner";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                title: string;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                subjectType: string;
                                subjectId: string;
                                /** Format: date-time */
                                dueAt: string;
                                isOverdue: boolean;
                                daysOverdue: number;
                                rungsFired: number;
                                link: string | null;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadlines/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    overdueOnly?: "true" | "false";
                    kind?: string;
                    dueBy?: "today";
                    sort?: "dueAt" | "owner";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                title: string;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                subjectType: string;
                                subjectId: string;
                                /** Format: date-time */
                                dueAt: string;
                                isOverdue: boolean;
                                daysOverdue: number;
                                rungsFired: number;
                                link: string | null;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                name: string;
                                label: {
                                    "zh-CN": string;
                                    en: string;
                                };
                                intervalSeconds: number | null;
                                schedule: {
                                    /** @enum {string} */
                                    kind: "interval";
                                    seconds: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "cron";
                                    cron: string;
                                    workingDaysOnly: boolean;
                                    policyId: string | null;
                                };
                                /** Format: date-time */
                                nextRunAt: string | null;
                                /** Format: date-time */
                                retryAt: string | null;
                                /** Format: date-time */
                                lastRunAt: string | null;
                                /** @enum {string|null} */
                                lastResult: "ok" | "failed" | null;
                                lastMessage: string | null;
                                lastSummary: {
                                    "zh-CN": string;
                                    en: string;
                                } | null;
                                lastDurationMs: number | null;
                            }[];
                            timeZone: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{name}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                /** Format: date-time */
                                tickAt: string;
                                attempt: number;
                                /** @enum {string} */
                                trigger: "schedule" | "retry" | "manual";
                                instance: string;
                                /** Format: date-time */
                                startedAt: string;
                                /** Format: date-time */
                                finishedAt: string | null;
                                /** @enum {string} */
                                result: "running" | "ok" | "failed";
                                message: string | null;
                                summary: {
                                    "zh-CN": string;
                                    en: string;
                                } | null;
                                /** Format: date-time */
                                retryAt: string | null;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{name}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            result: "ok" | "failed";
                            message: string | null;
                            durationMs: number;
                            job: {
                                name: string;
                                label: {
                                    "zh-CN": string;
                                    en: string;
                                };
                                intervalSeconds: number | null;
                                schedule: {
                                    /** @enum {string} */
                                    kind: "interval";
                                    seconds: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "cron";
                                    cron: string;
                                    workingDaysOnly: boolean;
                                    policyId: string | null;
                                };
                                /** Format: date-time */
                                nextRunAt: string | null;
                                /** Format: date-time */
                                retryAt: string | null;
                                /** Format: date-time */
                                lastRunAt: string | null;
                                /** @enum {string|null} */
                                lastResult: "ok" | "failed" | null;
                                lastMessage: string | null;
                                lastSummary: {
                                    "zh-CN": string;
                                    en: string;
                                } | null;
                                lastDurationMs: number | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            now: string;
                            tz: string;
                            control: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clock/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            now: string;
                            tz: string;
                            control: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clock/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        minutes: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            now: string;
                            tz: string;
                            control: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    unread?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                title: string;
                                body: string | null;
                                subjectType: string | null;
                                subjectId: string | null;
                                link: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                readAt: string | null;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                            unread: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            event: string;
                            title: string;
                            body: string | null;
                            subjectType: string | null;
                            subjectId: string | null;
                            link: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            readAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notification-prefs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hasEmail: boolean;
                            items: {
                                event: string;
                                label: {
                                    "zh-CN": string;
                                    en: string;
                                };
                                email: boolean;
                                emailByDefault: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            event: string;
                            email: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hasEmail: boolean;
                            items: {
                                event: string;
                                label: {
                                    "zh-CN": string;
                                    en: string;
                                };
                                email: boolean;
                                emailByDefault: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    status?: "queued" | "sending" | "sent" | "failed" | "outbox";
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                toAddress: string;
                                /** Format: uuid */
                                userId: string | null;
                                subject: string;
                                body: string;
                                /** @enum {string} */
                                status: "queued" | "sending" | "sent" | "failed" | "outbox";
                                error: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                sentAt: string | null;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/todo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    overdue?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sections: {
                                key: string;
                                label: {
                                    "zh-CN": string;
                                    en: string;
                                };
                                total: number;
                                items: {
                                    source: string;
                                    id: string;
                                    title: {
                                        "zh-CN": string;
                                        en: string;
                                    };
                                    subject: string | null;
                                    amountFen: string | null;
                                    /** Format: date-time */
                                    dueAt: string | null;
                                    overdue: boolean;
                                    link: string | null;
                                    detail: {
                                        "zh-CN": string;
                                        en: string;
                                    } | null;
                                    action: {
                                        kind: string;
                                        ids: {
                                            [key: string]: string;
                                        };
                                    } | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/todo/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            unreadNotifications: number;
                            badge: number;
                            sections: {
                                key: string;
                                label: {
                                    "zh-CN": string;
                                    en: string;
                                };
                                count: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    box?: "assigned" | "received" | "subordinates";
                    status?: "open" | "done" | "evaluated" | "cancelled";
                    q?: string;
                    sort?: "dueAt" | "createdAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                assigner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                assignee: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                content: string;
                                /** Format: date-time */
                                dueAt: string;
                                place: string;
                                actionPlan: string;
                                controlMethod: string;
                                evaluationMethod: string;
                                /** @enum {string} */
                                source: "verbal" | "written" | "meeting";
                                /** @enum {string} */
                                status: "open" | "done" | "evaluated" | "cancelled";
                                overdue: boolean;
                                /** Format: date-time */
                                doneAt: string | null;
                                doneNote: string | null;
                                evaluation: string | null;
                                score: number | null;
                                /** Format: date-time */
                                evaluatedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                actions: {
                                    done: boolean;
                                    evaluate: boolean;
                                };
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        assigneeId: string;
                        content: string;
                        /** Format: date-time */
                        dueAt: string;
                        place: string;
                        actionPlan: string;
                        controlMethod: string;
                        evaluationMethod: string;
                        /** @enum {string} */
                        source: "verbal" | "written" | "meeting";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            assigner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            content: string;
                            /** Format: date-time */
                            dueAt: string;
                            place: string;
                            actionPlan: string;
                            controlMethod: string;
                            evaluationMethod: string;
                            /** @enum {string} */
                            source: "verbal" | "written" | "meeting";
                            /** @enum {string} */
                            status: "open" | "done" | "evaluated" | "cancelled";
                            overdue: boolean;
                            /** Format: date-time */
                            doneAt: string | null;
                            doneNote: string | null;
                            evaluation: string | null;
                            score: number | null;
                            /** Format: date-time */
                            evaluatedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            actions: {
                                done: boolean;
                                evaluate: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/assignable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            assigner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            content: string;
                            /** Format: date-time */
                            dueAt: string;
                            place: string;
                            actionPlan: string;
                            controlMethod: string;
                            evaluationMethod: string;
                            /** @enum {string} */
                            source: "verbal" | "written" | "meeting";
                            /** @enum {string} */
                            status: "open" | "done" | "evaluated" | "cancelled";
                            overdue: boolean;
                            /** Format: date-time */
                            doneAt: string | null;
                            doneNote: string | null;
                            evaluation: string | null;
                            score: number | null;
                            /** Format: date-time */
                            evaluatedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            actions: {
                                done: boolean;
                                evaluate: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            assigner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            content: string;
                            /** Format: date-time */
                            dueAt: string;
                            place: string;
                            actionPlan: string;
                            controlMethod: string;
                            evaluationMethod: string;
                            /** @enum {string} */
                            source: "verbal" | "written" | "meeting";
                            /** @enum {string} */
                            status: "open" | "done" | "evaluated" | "cancelled";
                            overdue: boolean;
                            /** Format: date-time */
                            doneAt: string | null;
                            doneNote: string | null;
                            evaluation: string | null;
                            score: number | null;
                            /** Format: date-time */
                            evaluatedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            actions: {
                                done: boolean;
                                evaluate: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        evaluation: string;
                        score: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            assigner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            content: string;
                            /** Format: date-time */
                            dueAt: string;
                            place: string;
                            actionPlan: string;
                            controlMethod: string;
                            evaluationMethod: string;
                            /** @enum {string} */
                            source: "verbal" | "written" | "meeting";
                            /** @enum {string} */
                            status: "open" | "done" | "evaluated" | "cancelled";
                            overdue: boolean;
                            /** Format: date-time */
                            doneAt: string | null;
                            doneNote: string | null;
                            evaluation: string | null;
                            score: number | null;
                            /** Format: date-time */
                            evaluatedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            actions: {
                                done: boolean;
                                evaluate: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    box?: "mine" | "tome";
                    status?: "open" | "answered";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                appellant: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                to: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                /** Format: uuid */
                                taskId: string | null;
                                content: string;
                                /** @enum {string} */
                                status: "open" | "answered";
                                response: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                actions: {
                                    answer: boolean;
                                };
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        toUserId: string;
                        content: string;
                        /** Format: uuid */
                        taskId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            appellant: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            to: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            /** Format: uuid */
                            taskId: string | null;
                            content: string;
                            /** @enum {string} */
                            status: "open" | "answered";
                            response: string | null;
                            /** Format: date-time */
                            answeredAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            actions: {
                                answer: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            appellant: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            to: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            /** Format: uuid */
                            taskId: string | null;
                            content: string;
                            /** @enum {string} */
                            status: "open" | "answered";
                            response: string | null;
                            /** Format: date-time */
                            answeredAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            actions: {
                                answer: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        response: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            appellant: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            to: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            /** Format: uuid */
                            taskId: string | null;
                            content: string;
                            /** @enum {string} */
                            status: "open" | "answered";
                            response: string | null;
                            /** Format: date-time */
                            answeredAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            actions: {
                                answer: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                requestId: string;
                                docType: string;
                                docTypeLabel: {
                                    "zh-CN": string;
                                    en: string;
                                };
                                docId: string;
                                title: string;
                                amountFen: string | null;
                                link: string | null;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                round: number;
                                submitter: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                /** Format: date-time */
                                submittedAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                currentSeq: number | null;
                                stepCount: number;
                                currentApprover: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                /** Format: uuid */
                                stepId: string;
                                seq: number;
                                /** @enum {string} */
                                stepStatus: "waiting" | "pending" | "approved" | "rejected" | "cancelled";
                                comment: string | null;
                                /** Format: date-time */
                                stepDecidedAt: string | null;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                requestId: string;
                                docType: string;
                                docTypeLabel: {
                                    "zh-CN": string;
                                    en: string;
                                };
                                docId: string;
                                title: string;
                                amountFen: string | null;
                                link: string | null;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                round: number;
                                submitter: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                /** Format: date-time */
                                submittedAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                currentSeq: number | null;
                                stepCount: number;
                                currentApprover: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                /** Format: uuid */
                                stepId: string;
                                seq: number;
                                /** @enum {string} */
                                stepStatus: "waiting" | "pending" | "approved" | "rejected" | "cancelled";
                                comment: string | null;
                                /** Format: date-time */
                                stepDecidedAt: string | null;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "pending" | "approved" | "rejected" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                requestId: string;
                                docType: string;
                                docTypeLabel: {
                                    "zh-CN": string;
                                    en: string;
                                };
                                docId: string;
                                title: string;
                                amountFen: string | null;
                                link: string | null;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                round: number;
                                submitter: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                /** Format: date-time */
                                submittedAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                currentSeq: number | null;
                                stepCount: number;
                                currentApprover: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    docType: string;
                    docId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            docType: string;
                            docTypeLabel: {
                                "zh-CN": string;
                                en: string;
                            };
                            docId: string;
                            link: string | null;
                            /** @enum {string} */
                            status: "none" | "pending" | "approved" | "rejected" | "withdrawn";
                            locked: boolean;
                            /** Format: uuid */
                            latestRequestId: string | null;
                            currentApprover: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            actions: {
                                submit: boolean;
                                approve: boolean;
                                reject: boolean;
                                withdraw: boolean;
                                resubmit: boolean;
                            };
                            rounds: {
                                /** Format: uuid */
                                requestId: string;
                                round: number;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                title: string;
                                amountFen: string | null;
                                submitter: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                /** Format: date-time */
                                submittedAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                steps: {
                                    /** Format: uuid */
                                    id: string;
                                    seq: number;
                                    rule: {
                                        /** @enum {string} */
                                        kind: "superior" | "levelsUp" | "nearestRole" | "role" | "regionRole";
                                        levels?: number;
                                        role?: string;
                                        when?: {
                                            amountAbove?: {
                                                policyId: string;
                                                thresholdFen: string;
                                            };
                                            measureAbove?: {
                                                measure: string;
                                                policyId: string;
                                                threshold: number;
                                                value: number;
                                            };
                                            flag?: string;
                                        };
                                        escalatedReason?: string;
                                        merged?: {
                                            /** @enum {string} */
                                            kind: "superior" | "levelsUp" | "nearestRole" | "role" | "regionRole";
                                            levels?: number;
                                            role?: string;
                                            when?: {
                                                amountAbove?: {
                                                    policyId: string;
                                                    thresholdFen: string;
                                                };
                                                measureAbove?: {
                                                    measure: string;
                                                    policyId: string;
                                                    threshold: number;
                                                    value: number;
                                                };
                                                flag?: string;
                                            };
                                            escalatedReason?: string;
                                        }[];
                                    };
                                    approver: {
                                        /** Format: uuid */
                                        id: string;
                                        username: string;
                                        displayName: string;
                                    };
                                    /** @enum {string} */
                                    status: "waiting" | "pending" | "approved" | "rejected" | "cancelled";
                                    comment: string | null;
                                    /** Format: date-time */
                                    decidedAt: string | null;
                                    escalatedReason: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        docType: string;
                        docId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            docType: string;
                            docTypeLabel: {
                                "zh-CN": string;
                                en: string;
                            };
                            docId: string;
                            link: string | null;
                            /** @enum {string} */
                            status: "none" | "pending" | "approved" | "rejected" | "withdrawn";
                            locked: boolean;
                            /** Format: uuid */
                            latestRequestId: string | null;
                            currentApprover: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            actions: {
                                submit: boolean;
                                approve: boolean;
                                reject: boolean;
                                withdraw: boolean;
                                resubmit: boolean;
                            };
                            rounds: {
                                /** Format: uuid */
                                requestId: string;
                                round: number;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                title: string;
                                amountFen: string | null;
                                submitter: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                /** Format: date-time */
                                submittedAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                steps: {
                                    /** Format: uuid */
                                    id: string;
                                    seq: number;
                                    rule: {
                                        /** @enum {string} */
                                        kind: "superior" | "levelsUp" | "nearestRole" | "role" | "regionRole";
                                        levels?: number;
                                        role?: string;
                                        when?: {
                                            amountAbove?: {
                                                policyId: string;
                                                thresholdFen: string;
                                            };
                                            measureAbove?: {
                                                measure: string;
                                                policyId: string;
                                                threshold: number;
                                                value: number;
                                            };
                                            flag?: string;
                                        };
                                        escalatedReason?: string;
                                        merged?: {
                                            /** @enum {string} */
                                            kind: "superior" | "levelsUp" | "nearestRole" | "role" | "regionRole";
                                            levels?: number;
                                            role?: string;
                                            when?: {
                                                amountAbove?: {
                                                    policyId: string;
                                                    thresholdFen: string;
                                                };
                                                measureAbove?: {
                                                    measure: string;
                                                    policyId: string;
                                                    threshold: number;
                                                    value: number;
                                                };
                                                flag?: string;
                                            };
                                            escalatedReason?: string;
                                        }[];
                                    };
                                    approver: {
                                        /** Format: uuid */
                                        id: string;
                                        username: string;
                                        displayName: string;
                                    };
                                    /** @enum {string} */
                                    status: "waiting" | "pending" | "approved" | "rejected" | "cancelled";
                                    comment: string | null;
                                    /** Format: date-time */
                                    decidedAt: string | null;
                                    escalatedReason: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            docType: string;
                            docTypeLabel: {
                                "zh-CN": string;
                                en: string;
                            };
                            docId: string;
                            link: string | null;
                            /** @enum {string} */
                            status: "none" | "pending" | "approved" | "rejected" | "withdrawn";
                            locked: boolean;
                            /** Format: uuid */
                            latestRequestId: string | null;
                            currentApprover: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            actions: {
                                submit: boolean;
                                approve: boolean;
                                reject: boolean;
                                withdraw: boolean;
                                resubmit: boolean;
                            };
                            rounds: {
                                /** Format: uuid */
                                requestId: string;
                                round: number;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                title: string;
                                amountFen: string | null;
                                submitter: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                /** Format: date-time */
                                submittedAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                steps: {
                                    /** Format: uuid */
                                    id: string;
                                    seq: number;
                                    rule: {
                                        /** @enum {string} */
                                        kind: "superior" | "levelsUp" | "nearestRole" | "role" | "regionRole";
                                        levels?: number;
                                        role?: string;
                                        when?: {
                                            amountAbove?: {
                                                policyId: string;
                                                thresholdFen: string;
                                            };
                                            measureAbove?: {
                                                measure: string;
                                                policyId: string;
                                                threshold: number;
                                                value: number;
                                            };
                                            flag?: string;
                                        };
                                        escalatedReason?: string;
                                        merged?: {
                                            /** @enum {string} */
                                            kind: "superior" | "levelsUp" | "nearestRole" | "role" | "regionRole";
                                            levels?: number;
                                            role?: string;
                                            when?: {
                                                amountAbove?: {
                                                    policyId: string;
                                                    thresholdFen: string;
                                                };
                                                measureAbove?: {
                                                    measure: string;
                                                    policyId: string;
                                                    threshold: number;
                                                    value: number;
                                                };
                                                flag?: string;
                                            };
                                            escalatedReason?: string;
                                        }[];
                                    };
                                    approver: {
                                        /** Format: uuid */
                                        id: string;
                                        username: string;
                                        displayName: string;
                                    };
                                    /** @enum {string} */
                                    status: "waiting" | "pending" | "approved" | "rejected" | "cancelled";
                                    comment: string | null;
                                    /** Format: date-time */
                                    decidedAt: string | null;
                                    escalatedReason: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            docType: string;
                            docTypeLabel: {
                                "zh-CN": string;
                                en: string;
                            };
                            docId: string;
                            link: string | null;
                            /** @enum {string} */
                            status: "none" | "pending" | "approved" | "rejected" | "withdrawn";
                            locked: boolean;
                            /** Format: uuid */
                            latestRequestId: string | null;
                            currentApprover: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            actions: {
                                submit: boolean;
                                approve: boolean;
                                reject: boolean;
                                withdraw: boolean;
                                resubmit: boolean;
                            };
                            rounds: {
                                /** Format: uuid */
                                requestId: string;
                                round: number;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                title: string;
                                amountFen: string | null;
                                submitter: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                /** Format: date-time */
                                submittedAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                steps: {
                                    /** Format: uuid */
                                    id: string;
                                    seq: number;
                                    rule: {
                                        /** @enum {string} */
                                        kind: "superior" | "levelsUp" | "nearestRole" | "role" | "regionRole";
                                        levels?: number;
                                        role?: string;
                                        when?: {
                                            amountAbove?: {
                                                policyId: string;
                                                thresholdFen: string;
                                            };
                                            measureAbove?: {
                                                measure: string;
                                                policyId: string;
                                                threshold: number;
                                                value: number;
                                            };
                                            flag?: string;
                                        };
                                        escalatedReason?: string;
                                        merged?: {
                                            /** @enum {string} */
                                            kind: "superior" | "levelsUp" | "nearestRole" | "role" | "regionRole";
                                            levels?: number;
                                            role?: string;
                                            when?: {
                                                amountAbove?: {
                                                    policyId: string;
                                                    thresholdFen: string;
                                                };
                                                measureAbove?: {
                                                    measure: string;
                                                    policyId: string;
                                                    threshold: number;
                                                    value: number;
                                                };
                                                flag?: string;
                                            };
                                            escalatedReason?: string;
                                        }[];
                                    };
                                    approver: {
                                        /** Format: uuid */
                                        id: string;
                                        username: string;
                                        displayName: string;
                                    };
                                    /** @enum {string} */
                                    status: "waiting" | "pending" | "approved" | "rejected" | "cancelled";
                                    comment: string | null;
                                    /** Format: date-time */
                                    decidedAt: string | null;
                                    escalatedReason: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            docType: string;
                            docTypeLabel: {
                                "zh-CN": string;
                                en: string;
                            };
                            docId: string;
                            link: string | null;
                            /** @enum {string} */
                            status: "none" | "pending" | "approved" | "rejected" | "withdrawn";
                            locked: boolean;
                            /** Format: uuid */
                            latestRequestId: string | null;
                            currentApprover: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            actions: {
                                submit: boolean;
                                approve: boolean;
                                reject: boolean;
                                withdraw: boolean;
                                resubmit: boolean;
                            };
                            rounds: {
                                /** Format: uuid */
                                requestId: string;
                                round: number;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                title: string;
                                amountFen: string | null;
                                submitter: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                /** Format: date-time */
                                submittedAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                steps: {
                                    /** Format: uuid */
                                    id: string;
                                    seq: number;
                                    rule: {
                                        /** @enum {string} */
                                        kind: "superior" | "levelsUp" | "nearestRole" | "role" | "regionRole";
                                        levels?: number;
                                        role?: string;
                                        when?: {
                                            amountAbove?: {
                                                policyId: string;
                                                thresholdFen: string;
                                            };
                                            measureAbove?: {
                                                measure: string;
                                                policyId: string;
                                                threshold: number;
                                                value: number;
                                            };
                                            flag?: string;
                                        };
                                        escalatedReason?: string;
                                        merged?: {
                                            /** @enum {string} */
                                            kind: "superior" | "levelsUp" | "nearestRole" | "role" | "regionRole";
                                            levels?: number;
                                            role?: string;
                                            when?: {
                                                amountAbove?: {
                                                    policyId: string;
                                                    thresholdFen: string;
                                                };
                                                measureAbove?: {
                                                    measure: string;
                                                    policyId: string;
                                                    threshold: number;
                                                    value: number;
                                                };
                                                flag?: string;
                                            };
                                            escalatedReason?: string;
                                        }[];
                                    };
                                    approver: {
                                        /** Format: uuid */
                                        id: string;
                                        username: string;
                                        displayName: string;
                                    };
                                    /** @enum {string} */
                                    status: "waiting" | "pending" | "approved" | "rejected" | "cancelled";
                                    comment: string | null;
                                    /** Format: date-time */
                                    decidedAt: string | null;
                                    escalatedReason: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/{id}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            docType: string;
                            docTypeLabel: {
                                "zh-CN": string;
                                en: string;
                            };
                            docId: string;
                            link: string | null;
                            /** @enum {string} */
                            status: "none" | "pending" | "approved" | "rejected" | "withdrawn";
                            locked: boolean;
                            /** Format: uuid */
                            latestRequestId: string | null;
                            currentApprover: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            actions: {
                                submit: boolean;
                                approve: boolean;
                                reject: boolean;
                                withdraw: boolean;
                                resubmit: boolean;
                            };
                            rounds: {
                                /** Format: uuid */
                                requestId: string;
                                round: number;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                title: string;
                                amountFen: string | null;
                                submitter: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                /** Format: date-time */
                                submittedAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                steps: {
                                    /** Format: uuid */
                                    id: string;
                                    seq: number;
                                    rule: {
                                        /** @enum {string} */
                                        kind: "superior" | "levelsUp" | "nearestRole" | "role" | "regionRole";
                                        levels?: number;
                                        role?: string;
                                        when?: {
                                            amountAbove?: {
                                                policyId: string;
                                                thresholdFen: string;
                                            };
                                            measureAbove?: {
                                                measure: string;
                                                policyId: string;
                                                threshold: number;
                                                value: number;
                                            };
                                            flag?: string;
                                        };
                                        escalatedReason?: string;
                                        merged?: {
                                            /** @enum {string} */
                                            kind: "superior" | "levelsUp" | "nearestRole" | "role" | "regionRole";
                                            levels?: number;
                                            role?: string;
                                            when?: {
                                                amountAbove?: {
                                                    policyId: string;
                                                    thresholdFen: string;
                                                };
                                                measureAbove?: {
                                                    measure: string;
                                                    policyId: string;
                                                    threshold: number;
                                                    value: number;
                                                };
                                                flag?: string;
                                            };
                                            escalatedReason?: string;
                                        }[];
                                    };
                                    approver: {
                                        /** Format: uuid */
                                        id: string;
                                        username: string;
                                        displayName: string;
                                    };
                                    /** @enum {string} */
                                    status: "waiting" | "pending" | "approved" | "rejected" | "cancelled";
                                    comment: string | null;
                                    /** Format: date-time */
                                    decidedAt: string | null;
                                    escalatedReason: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    q?: string;
                    status?: "draft" | "pending" | "approved" | "rejected" | "withdrawn";
                    whose?: "mine" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                content: string;
                                amountFen: string | null;
                                /** @enum {string} */
                                status: "draft" | "pending" | "approved" | "rejected" | "withdrawn";
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                canEdit: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        content: string;
                        amountFen?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            content: string;
                            amountFen: string | null;
                            /** @enum {string} */
                            status: "draft" | "pending" | "approved" | "rejected" | "withdrawn";
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            canEdit: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            content: string;
                            amountFen: string | null;
                            /** @enum {string} */
                            status: "draft" | "pending" | "approved" | "rejected" | "withdrawn";
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            canEdit: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        content?: string;
                        amountFen?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            content: string;
                            amountFen: string | null;
                            /** @enum {string} */
                            status: "draft" | "pending" | "approved" | "rejected" | "withdrawn";
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            canEdit: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/customers/pool": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    q?: string;
                    level?: string;
                    type?: "existing" | "target" | "potential" | "peer" | "distributor" | "agent";
                    industry?: string;
                    unitId?: string;
                    sort?: "pooledAt" | "name" | "level";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                level: string;
                                /** @enum {string} */
                                type: "existing" | "target" | "potential" | "peer" | "distributor" | "agent";
                                /** @enum {string} */
                                lifecycle: "lead" | "customer";
                                industry: string | null;
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                previousOwner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                /** Format: date-time */
                                pooledAt: string | null;
                                /** Format: date-time */
                                claimableFrom: string | null;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/pool/quota": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claimsToday: number;
                            dailyCap: number;
                            owned: number;
                            ownedCap: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/pool/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            level: string;
                            /** @enum {string} */
                            type: "existing" | "target" | "potential" | "peer" | "distributor" | "agent";
                            /** @enum {string} */
                            lifecycle: "lead" | "customer";
                            industry: string | null;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            previousOwner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            pooledAt: string | null;
                            /** Format: date-time */
                            claimableFrom: string | null;
                            /** @enum {string} */
                            source: "phone" | "web" | "visit" | "exhibition" | "referral" | "inquiry" | "other";
                            address: string | null;
                            website: string | null;
                            tags: string[];
                            remark: string | null;
                            /** Format: date-time */
                            lastFollowUpAt: string | null;
                            contacts: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                title: string | null;
                            }[];
                            followUps: {
                                /** @enum {string} */
                                kind: "phone" | "visit" | "wechat" | "email" | "meeting" | "service";
                                /** Format: date-time */
                                occurredAt: string;
                                content: string;
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                owned: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            ownedSince: string | null;
                            /** Format: date-time */
                            pooledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            ownedSince: string | null;
                            /** Format: date-time */
                            pooledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        ownerId: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            ownedSince: string | null;
                            /** Format: date-time */
                            pooledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/pool-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            owned: boolean;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            lastActivityAt: string | null;
                            /** Format: date-time */
                            warnAt: string | null;
                            /** Format: date-time */
                            returnAt: string | null;
                            daysLeft: number | null;
                            poolDays: number | null;
                            warningDays: number;
                            warning: boolean;
                            /** Format: date-time */
                            pooledAt: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/ownership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                change: "create" | "claim" | "release" | "auto_release" | "reassign" | "import";
                                from: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                to: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                reason: string | null;
                                /** Format: date-time */
                                at: string;
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Excel workbook (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            fileName: string;
                            importer: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            totalRows: number;
                            processedRows: number;
                            okRows: number;
                            badRows: number;
                            duplicateRows: number;
                            message: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            startedAt: string | null;
                            /** Format: date-time */
                            finishedAt: string | null;
                            errors: {
                                row: number;
                                field: string | null;
                                column: string | null;
                                reason: string;
                            }[];
                            duplicates: {
                                row: number;
                                /** Format: uuid */
                                recordId: string;
                                matches: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    by: string[];
                                }[];
                            }[];
                            errorCount: number;
                            duplicateCount: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                /** @enum {string} */
                                status: "queued" | "running" | "done" | "failed";
                                fileName: string;
                                importer: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                totalRows: number;
                                processedRows: number;
                                okRows: number;
                                badRows: number;
                                duplicateRows: number;
                                message: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                startedAt: string | null;
                                /** Format: date-time */
                                finishedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/import/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            fileName: string;
                            importer: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            totalRows: number;
                            processedRows: number;
                            okRows: number;
                            badRows: number;
                            duplicateRows: number;
                            message: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            startedAt: string | null;
                            /** Format: date-time */
                            finishedAt: string | null;
                            errors: {
                                row: number;
                                field: string | null;
                                column: string | null;
                                reason: string;
                            }[];
                            duplicates: {
                                row: number;
                                /** Format: uuid */
                                recordId: string;
                                matches: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    by: string[];
                                }[];
                            }[];
                            errorCount: number;
                            duplicateCount: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/import/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Excel workbook (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    cursor?: string;
                    q?: string;
                    view?: "all" | "mine" | "subordinates" | "collaborating";
                    type?: "existing" | "target" | "potential" | "peer" | "distributor" | "agent";
                    level?: string;
                    source?: "phone" | "web" | "visit" | "exhibition" | "referral" | "inquiry" | "other";
                    lifecycle?: "lead" | "customer";
                    ownerId?: string;
                    unitId?: string;
                    tag?: string;
                    industry?: string;
                    sort?: "updatedAt" | "createdAt" | "name" | "lastFollowUpAt" | "level";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                creditCode: string | null;
                                industry: string | null;
                                /** @enum {string} */
                                type: "existing" | "target" | "potential" | "peer" | "distributor" | "agent";
                                level: string;
                                /** @enum {string} */
                                source: "phone" | "web" | "visit" | "exhibition" | "referral" | "inquiry" | "other";
                                /** @enum {string} */
                                lifecycle: "lead" | "customer";
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                phone: string | null;
                                primaryContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    phones: string[];
                                } | null;
                                tags: string[];
                                potentialScore: number | null;
                                creditLimitFen: string | null;
                                creditRating: string | null;
                                /** Format: date-time */
                                lastFollowUpAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        creditCode?: string | null;
                        industry?: string | null;
                        address?: string | null;
                        phone?: string | null;
                        website?: string | null;
                        /**
                         * @default potential
                         * @enum {string}
                         */
                        type?: "existing" | "target" | "potential" | "peer" | "distributor" | "agent";
                        level: string;
                        /**
                         * @default other
                         * @enum {string}
                         */
                        source?: "phone" | "web" | "visit" | "exhibition" | "referral" | "inquiry" | "other";
                        creditLimitFen?: string | null;
                        creditRating?: string | null;
                        /** @default [] */
                        tags?: string[];
                        remark?: string | null;
                        /** Format: uuid */
                        ownerId?: string;
                        contact?: {
                            name: string;
                            /**
                             * @default unknown
                             * @enum {string}
                             */
                            gender?: "male" | "female" | "unknown";
                            title?: string | null;
                            phones?: string[];
                            email?: string | null;
                            wechat?: string | null;
                            /** Format: date */
                            birthday?: string | null;
                            isPrimary?: boolean;
                            remark?: string | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                creditCode: string | null;
                                industry: string | null;
                                /** @enum {string} */
                                type: "existing" | "target" | "potential" | "peer" | "distributor" | "agent";
                                level: string;
                                /** @enum {string} */
                                source: "phone" | "web" | "visit" | "exhibition" | "referral" | "inquiry" | "other";
                                /** @enum {string} */
                                lifecycle: "lead" | "customer";
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                phone: string | null;
                                primaryContact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    phones: string[];
                                } | null;
                                tags: string[];
                                potentialScore: number | null;
                                creditLimitFen: string | null;
                                creditRating: string | null;
                                /** Format: date-time */
                                lastFollowUpAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                address: string | null;
                                website: string | null;
                                qualification: {
                                    [key: string]: number;
                                } | null;
                                /** Format: date-time */
                                convertedAt: string | null;
                                remark: string | null;
                                previousOwner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                /** Format: date-time */
                                ownedSince: string | null;
                                /** Format: date-time */
                                pooledAt: string | null;
                                access: {
                                    isOwner: boolean;
                                    /** @enum {string|null} */
                                    collaborator: "read" | "write" | null;
                                    canEdit: boolean;
                                    canAssign: boolean;
                                };
                            };
                            duplicates: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                by: ("creditCode" | "phone" | "name")[];
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                inPool: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            levels: string[];
                            mayExport: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    cursor?: string;
                    q?: string;
                    view?: "all" | "mine" | "subordinates" | "collaborating";
                    type?: "existing" | "target" | "potential" | "peer" | "distributor" | "agent";
                    level?: string;
                    source?: "phone" | "web" | "visit" | "exhibition" | "referral" | "inquiry" | "other";
                    lifecycle?: "lead" | "customer";
                    ownerId?: string;
                    unitId?: string;
                    tag?: string;
                    industry?: string;
                    sort?: "updatedAt" | "createdAt" | "name" | "lastFollowUpAt" | "level";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Excel workbook (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    name?: string;
                    creditCode?: string;
                    phone?: string;
                    excludeId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                by: ("creditCode" | "phone" | "name")[];
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                inPool: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            creditCode: string | null;
                            industry: string | null;
                            /** @enum {string} */
                            type: "existing" | "target" | "potential" | "peer" | "distributor" | "agent";
                            level: string;
                            /** @enum {string} */
                            source: "phone" | "web" | "visit" | "exhibition" | "referral" | "inquiry" | "other";
                            /** @enum {string} */
                            lifecycle: "lead" | "customer";
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            phone: string | null;
                            primaryContact: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                phones: string[];
                            } | null;
                            tags: string[];
                            potentialScore: number | null;
                            creditLimitFen: string | null;
                            creditRating: string | null;
                            /** Format: date-time */
                            lastFollowUpAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            address: string | null;
                            website: string | null;
                            qualification: {
                                [key: string]: number;
                            } | null;
                            /** Format: date-time */
                            convertedAt: string | null;
                            remark: string | null;
                            previousOwner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            ownedSince: string | null;
                            /** Format: date-time */
                            pooledAt: string | null;
                            access: {
                                isOwner: boolean;
                                /** @enum {string|null} */
                                collaborator: "read" | "write" | null;
                                canEdit: boolean;
                                canAssign: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        creditCode?: string | null;
                        industry?: string | null;
                        address?: string | null;
                        phone?: string | null;
                        website?: string | null;
                        /** @enum {string} */
                        type?: "existing" | "target" | "potential" | "peer" | "distributor" | "agent";
                        level?: string;
                        /** @enum {string} */
                        source?: "phone" | "web" | "visit" | "exhibition" | "referral" | "inquiry" | "other";
                        creditLimitFen?: string | null;
                        creditRating?: string | null;
                        tags?: string[];
                        remark?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            creditCode: string | null;
                            industry: string | null;
                            /** @enum {string} */
                            type: "existing" | "target" | "potential" | "peer" | "distributor" | "agent";
                            level: string;
                            /** @enum {string} */
                            source: "phone" | "web" | "visit" | "exhibition" | "referral" | "inquiry" | "other";
                            /** @enum {string} */
                            lifecycle: "lead" | "customer";
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            phone: string | null;
                            primaryContact: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                phones: string[];
                            } | null;
                            tags: string[];
                            potentialScore: number | null;
                            creditLimitFen: string | null;
                            creditRating: string | null;
                            /** Format: date-time */
                            lastFollowUpAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            address: string | null;
                            website: string | null;
                            qualification: {
                                [key: string]: number;
                            } | null;
                            /** Format: date-time */
                            convertedAt: string | null;
                            remark: string | null;
                            previousOwner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            ownedSince: string | null;
                            /** Format: date-time */
                            pooledAt: string | null;
                            access: {
                                isOwner: boolean;
                                /** @enum {string|null} */
                                collaborator: "read" | "write" | null;
                                canEdit: boolean;
                                canAssign: boolean;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/customers/{id}/duplicate-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "collaborate" | "transfer";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "collaborate" | "transfer";
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "withdrawn";
                            reason: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: uuid */
                            approvalRequestId: string;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        creditLimitFen?: string | null;
                        creditRating?: string | null;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            creditCode: string | null;
                            industry: string | null;
                            /** @enum {string} */
                            type: "existing" | "target" | "potential" | "peer" | "distributor" | "agent";
                            level: string;
                            /** @enum {string} */
                            source: "phone" | "web" | "visit" | "exhibition" | "referral" | "inquiry" | "other";
                            /** @enum {string} */
                            lifecycle: "lead" | "customer";
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            phone: string | null;
                            primaryContact: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                phones: string[];
                            } | null;
                            tags: string[];
                            potentialScore: number | null;
                            creditLimitFen: string | null;
                            creditRating: string | null;
                            /** Format: date-time */
                            lastFollowUpAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            address: string | null;
                            website: string | null;
                            qualification: {
                                [key: string]: number;
                            } | null;
                            /** Format: date-time */
                            convertedAt: string | null;
                            remark: string | null;
                            previousOwner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            ownedSince: string | null;
                            /** Format: date-time */
                            pooledAt: string | null;
                            access: {
                                isOwner: boolean;
                                /** @enum {string|null} */
                                collaborator: "read" | "write" | null;
                                canEdit: boolean;
                                canAssign: boolean;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            productCategories: {
                                name: string;
                                quantity: number;
                            }[];
                            contracts: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                title: string;
                                signedOn: string | null;
                                amountFen: string;
                            }[];
                            paymentMethods: {
                                method: string;
                                count: number;
                                totalFen: string;
                            }[];
                            deposits: {
                                contractNumber: string;
                                dueDate: string;
                                amountFen: string;
                                settledFen: string;
                            }[];
                            dueDates: {
                                contractNumber: string;
                                seq: number;
                                dueDate: string;
                                amountFen: string;
                                openFen: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                customerId: string;
                                name: string;
                                /** @enum {string} */
                                gender: "male" | "female" | "unknown";
                                title: string | null;
                                phones: string[];
                                email: string | null;
                                wechat: string | null;
                                birthday: string | null;
                                isPrimary: boolean;
                                remark: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /**
                         * @default unknown
                         * @enum {string}
                         */
                        gender?: "male" | "female" | "unknown";
                        title?: string | null;
                        phones?: string[];
                        email?: string | null;
                        wechat?: string | null;
                        /** Format: date */
                        birthday?: string | null;
                        isPrimary?: boolean;
                        remark?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            customerId: string;
                            name: string;
                            /** @enum {string} */
                            gender: "male" | "female" | "unknown";
                            title: string | null;
                            phones: string[];
                            email: string | null;
                            wechat: string | null;
                            birthday: string | null;
                            isPrimary: boolean;
                            remark: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        gender?: "male" | "female" | "unknown";
                        title?: string | null;
                        phones?: string[];
                        email?: string | null;
                        wechat?: string | null;
                        /** Format: date */
                        birthday?: string | null;
                        isPrimary?: boolean;
                        remark?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            customerId: string;
                            name: string;
                            /** @enum {string} */
                            gender: "male" | "female" | "unknown";
                            title: string | null;
                            phones: string[];
                            email: string | null;
                            wechat: string | null;
                            birthday: string | null;
                            isPrimary: boolean;
                            remark: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/customers/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    kind?: "phone" | "visit" | "wechat" | "email" | "meeting" | "service";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                customerId: string;
                                /** @enum {string} */
                                kind: "phone" | "visit" | "wechat" | "email" | "meeting" | "service";
                                /** Format: date-time */
                                occurredAt: string;
                                content: string;
                                contact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                opportunityId: string | null;
                                nextStep: string | null;
                                /** Format: date-time */
                                nextStepAt: string | null;
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "phone" | "visit" | "wechat" | "email" | "meeting";
                        /** Format: date-time */
                        occurredAt: string;
                        content: string;
                        /** Format: uuid */
                        contactId?: string | null;
                        /** Format: uuid */
                        opportunityId?: string | null;
                        nextStep?: string | null;
                        /** Format: date-time */
                        nextStepAt?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            customerId: string;
                            /** @enum {string} */
                            kind: "phone" | "visit" | "wechat" | "email" | "meeting" | "service";
                            /** Format: date-time */
                            occurredAt: string;
                            content: string;
                            contact: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: uuid */
                            opportunityId: string | null;
                            nextStep: string | null;
                            /** Format: date-time */
                            nextStepAt: string | null;
                            author: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        occurredAt: string;
                        content: string;
                        /** Format: uuid */
                        contactId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            customerId: string;
                            /** @enum {string} */
                            kind: "phone" | "visit" | "wechat" | "email" | "meeting" | "service";
                            /** Format: date-time */
                            occurredAt: string;
                            content: string;
                            contact: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: uuid */
                            opportunityId: string | null;
                            nextStep: string | null;
                            /** Format: date-time */
                            nextStepAt: string | null;
                            author: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    kind?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                summary: {
                                    "zh-CN": string;
                                    en: string;
                                };
                                refType: string | null;
                                /** Format: uuid */
                                refId: string | null;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                actorName: string | null;
                                action: string;
                                entity: string;
                                entityId: string;
                                before: unknown;
                                after: unknown;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/collaborators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                user: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                access: "read" | "write";
                                /** Format: date-time */
                                addedAt: string;
                            }[];
                            canManage: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/collaborator-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                user: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/collaborators/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        access: "read" | "write";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                user: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                access: "read" | "write";
                                /** Format: date-time */
                                addedAt: string;
                            }[];
                            canManage: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                purpose: string;
                                fileName: string;
                                mimeType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            purpose: string;
                            fileName: string;
                            mimeType: string;
                            sizeBytes: number;
                            sha256: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/attachments/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The stored file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            criteria: {
                                key: string;
                                label: {
                                    "zh-CN": string;
                                    en: string;
                                };
                                weight: number;
                            }[];
                            maxAnswer: number;
                            qualifiedScore: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/qualification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            [key: string]: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            lifecycle: "lead" | "customer";
                            answers: {
                                [key: string]: number;
                            } | null;
                            potentialScore: number | null;
                            qualifiedScore: number;
                            qualified: boolean;
                            /** Format: date-time */
                            convertedAt: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            lifecycle: "lead" | "customer";
                            answers: {
                                [key: string]: number;
                            } | null;
                            potentialScore: number | null;
                            qualifiedScore: number;
                            qualified: boolean;
                            /** Format: date-time */
                            convertedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    q?: string;
                    status?: "new" | "lead" | "linked";
                    year?: number;
                    from?: string;
                    to?: string;
                    sort?: "number" | "contactDate";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                year: number;
                                seq: number;
                                name: string;
                                contact: string;
                                inquiry: string;
                                contactDate: string;
                                /** @enum {string} */
                                channel: "phone" | "web" | "visit" | "exhibition" | "referral" | "other";
                                /** @enum {string} */
                                status: "new" | "lead" | "linked";
                                recordedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                assignee: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        contact: string;
                        inquiry: string;
                        /** Format: date */
                        contactDate: string;
                        /**
                         * @default phone
                         * @enum {string}
                         */
                        channel?: "phone" | "web" | "visit" | "exhibition" | "referral" | "other";
                        /** Format: uuid */
                        assigneeId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            year: number;
                            seq: number;
                            name: string;
                            contact: string;
                            inquiry: string;
                            contactDate: string;
                            /** @enum {string} */
                            channel: "phone" | "web" | "visit" | "exhibition" | "referral" | "other";
                            /** @enum {string} */
                            status: "new" | "lead" | "linked";
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inquiries/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                user: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inquiries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            year: number;
                            seq: number;
                            name: string;
                            contact: string;
                            inquiry: string;
                            contactDate: string;
                            /** @enum {string} */
                            channel: "phone" | "web" | "visit" | "exhibition" | "referral" | "other";
                            /** @enum {string} */
                            status: "new" | "lead" | "linked";
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inquiries/{id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        ownerId?: string | null;
                        /** @enum {string} */
                        type: "existing" | "target" | "potential" | "peer" | "distributor" | "agent";
                        level: string;
                        /** @enum {string} */
                        source?: "phone" | "web" | "visit" | "exhibition" | "referral" | "inquiry" | "other";
                        customerName?: string;
                        contactName?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            year: number;
                            seq: number;
                            name: string;
                            contact: string;
                            inquiry: string;
                            contactDate: string;
                            /** @enum {string} */
                            channel: "phone" | "web" | "visit" | "exhibition" | "referral" | "other";
                            /** @enum {string} */
                            status: "new" | "lead" | "linked";
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inquiries/{id}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        customerId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            year: number;
                            seq: number;
                            name: string;
                            contact: string;
                            inquiry: string;
                            contactDate: string;
                            /** @enum {string} */
                            channel: "phone" | "web" | "visit" | "exhibition" | "referral" | "other";
                            /** @enum {string} */
                            status: "new" | "lead" | "linked";
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    q?: string;
                    stage?: ("lead" | "needs" | "solution" | "negotiation" | "won" | "lost") | ("lead" | "needs" | "solution" | "negotiation" | "won" | "lost")[];
                    customerId?: string;
                    ownerId?: string;
                    expectedFrom?: string;
                    expectedTo?: string;
                    status?: "open" | "closed";
                    sort?: "updatedAt" | "amountFen" | "expectedCloseDate";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                stage: "lead" | "needs" | "solution" | "negotiation" | "won" | "lost";
                                amountFen: string;
                                probability: number;
                                weightedFen: string;
                                /** Format: date */
                                expectedCloseDate: string | null;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                stageChangedAt: string;
                                /** Format: date-time */
                                closedAt: string | null;
                                lostReason: string | null;
                                remark: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                canEdit: boolean;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        customerId: string;
                        name: string;
                        amountFen: string;
                        /** Format: date */
                        expectedCloseDate: string;
                        /**
                         * @default lead
                         * @enum {string}
                         */
                        stage?: "lead" | "needs" | "solution" | "negotiation";
                        remark?: string | null;
                        /** Format: uuid */
                        ownerId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            stage: "lead" | "needs" | "solution" | "negotiation" | "won" | "lost";
                            amountFen: string;
                            probability: number;
                            weightedFen: string;
                            /** Format: date */
                            expectedCloseDate: string | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            stageChangedAt: string;
                            /** Format: date-time */
                            closedAt: string | null;
                            lostReason: string | null;
                            remark: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            canEdit: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunities/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    stage?: ("lead" | "needs" | "solution" | "negotiation" | "won" | "lost") | ("lead" | "needs" | "solution" | "negotiation" | "won" | "lost")[];
                    customerId?: string;
                    ownerId?: string;
                    expectedFrom?: string;
                    expectedTo?: string;
                    status?: "open" | "closed";
                    perColumn?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            columns: {
                                /** @enum {string} */
                                stage: "lead" | "needs" | "solution" | "negotiation" | "won" | "lost";
                                count: number;
                                amountFen: string;
                                weightedFen: string;
                                items: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    customer: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    /** @enum {string} */
                                    stage: "lead" | "needs" | "solution" | "negotiation" | "won" | "lost";
                                    amountFen: string;
                                    probability: number;
                                    weightedFen: string;
                                    /** Format: date */
                                    expectedCloseDate: string | null;
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        username: string;
                                        displayName: string;
                                    };
                                    unit: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    /** Format: date-time */
                                    stageChangedAt: string;
                                    /** Format: date-time */
                                    closedAt: string | null;
                                    lostReason: string | null;
                                    remark: string | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: date-time */
                                    updatedAt: string;
                                    canEdit: boolean;
                                }[];
                                more: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunities/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    ownerId?: string;
                    unitId?: string;
                    createdFrom?: string;
                    createdTo?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            stages: {
                                /** @enum {string} */
                                stage: "lead" | "needs" | "solution" | "negotiation" | "won";
                                reached: number;
                                conversionPct: number | null;
                                count: number;
                                amountFen: string;
                                weightedFen: string;
                            }[];
                            lost: {
                                count: number;
                                amountFen: string;
                            };
                            total: number;
                            openAmountFen: string;
                            openWeightedFen: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            stage: "lead" | "needs" | "solution" | "negotiation" | "won" | "lost";
                            amountFen: string;
                            probability: number;
                            weightedFen: string;
                            /** Format: date */
                            expectedCloseDate: string | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            stageChangedAt: string;
                            /** Format: date-time */
                            closedAt: string | null;
                            lostReason: string | null;
                            remark: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            canEdit: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        amountFen?: string;
                        /** Format: date */
                        expectedCloseDate?: string;
                        remark?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            stage: "lead" | "needs" | "solution" | "negotiation" | "won" | "lost";
                            amountFen: string;
                            probability: number;
                            weightedFen: string;
                            /** Format: date */
                            expectedCloseDate: string | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            stageChangedAt: string;
                            /** Format: date-time */
                            closedAt: string | null;
                            lostReason: string | null;
                            remark: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            canEdit: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/opportunities/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                fromStage: "lead" | "needs" | "solution" | "negotiation" | "won" | "lost" | null;
                                /** @enum {string} */
                                toStage: "lead" | "needs" | "solution" | "negotiation" | "won" | "lost";
                                /** Format: date-time */
                                at: string;
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunities/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        stage: "lead" | "needs" | "solution" | "negotiation" | "won" | "lost";
                        lostReason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            stage: "lead" | "needs" | "solution" | "negotiation" | "won" | "lost";
                            amountFen: string;
                            probability: number;
                            weightedFen: string;
                            /** Format: date */
                            expectedCloseDate: string | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            stageChangedAt: string;
                            /** Format: date-time */
                            closedAt: string | null;
                            lostReason: string | null;
                            remark: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            canEdit: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/product-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                sort: number;
                                productCount: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @default 0 */
                        sort?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            sort: number;
                            productCount: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    q?: string;
                    categoryId?: string;
                    status?: "active" | "retired";
                    sort?: "code" | "name" | "listPriceFen" | "updatedAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                                category: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                unit: string;
                                spec: string | null;
                                /** @enum {string} */
                                status: "active" | "retired";
                                listPriceFen: string;
                                floorPriceFen: string;
                                costFen?: string | null;
                                priceVersion: number;
                                priced: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        /** Format: uuid */
                        categoryId?: string | null;
                        unit: string;
                        spec?: string | null;
                        listPriceFen?: string;
                        floorPriceFen?: string;
                        costFen?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            name: string;
                            category: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            unit: string;
                            spec: string | null;
                            /** @enum {string} */
                            status: "active" | "retired";
                            listPriceFen: string;
                            floorPriceFen: string;
                            costFen?: string | null;
                            priceVersion: number;
                            priced: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            name: string;
                            category: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            unit: string;
                            spec: string | null;
                            /** @enum {string} */
                            status: "active" | "retired";
                            listPriceFen: string;
                            floorPriceFen: string;
                            costFen?: string | null;
                            priceVersion: number;
                            priced: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        name?: string;
                        /** Format: uuid */
                        categoryId?: string | null;
                        unit?: string;
                        spec?: string | null;
                        /** @enum {string} */
                        status?: "active" | "retired";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            name: string;
                            category: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            unit: string;
                            spec: string | null;
                            /** @enum {string} */
                            status: "active" | "retired";
                            listPriceFen: string;
                            floorPriceFen: string;
                            costFen?: string | null;
                            priceVersion: number;
                            priced: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/products/{id}/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                version: number;
                                listPriceFen: string;
                                floorPriceFen: string;
                                costFen?: string | null;
                                reason: string | null;
                                /** Format: date-time */
                                effectiveAt: string;
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id}/price": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        listPriceFen: string;
                        floorPriceFen: string;
                        costFen?: string | null;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            name: string;
                            category: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            unit: string;
                            spec: string | null;
                            /** @enum {string} */
                            status: "active" | "retired";
                            listPriceFen: string;
                            floorPriceFen: string;
                            costFen?: string | null;
                            priceVersion: number;
                            priced: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    q?: string;
                    status?: "draft" | "reviewing" | "approved" | "rejected" | "sent" | "accepted" | "declined" | "expired";
                    customerId?: string;
                    ownerId?: string;
                    sort?: "createdAt" | "totalFen" | "validUntil" | "number";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                opportunity: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "draft" | "reviewing" | "approved" | "rejected" | "sent" | "accepted" | "declined" | "expired";
                                taxRatePct: number;
                                /** Format: date */
                                validUntil: string;
                                listTotalFen: string;
                                totalFen: string;
                                taxFen: string;
                                netTotalFen: string;
                                maxDiscountBp: number;
                                belowFloor: boolean;
                                remark: string | null;
                                /** Format: date-time */
                                sentAt: string | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                                /** Format: uuid */
                                contractId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        customerId: string;
                        /** Format: uuid */
                        opportunityId?: string | null;
                        /** Format: date */
                        validUntil?: string;
                        remark?: string | null;
                        lines?: {
                            /** Format: uuid */
                            productId: string;
                            quantity: number;
                            unitPriceFen?: string;
                            remark?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            opportunity: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected" | "sent" | "accepted" | "declined" | "expired";
                            taxRatePct: number;
                            /** Format: date */
                            validUntil: string;
                            listTotalFen: string;
                            totalFen: string;
                            taxFen: string;
                            netTotalFen: string;
                            maxDiscountBp: number;
                            belowFloor: boolean;
                            remark: string | null;
                            /** Format: date-time */
                            sentAt: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** Format: uuid */
                            contractId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** Format: uuid */
                                productId: string;
                                productCode: string;
                                productName: string;
                                unit: string;
                                quantity: number;
                                listPriceFen: string;
                                floorPriceFen: string;
                                unitPriceFen: string;
                                discountBp: number;
                                amountFen: string;
                                belowFloor: boolean;
                                remark: string | null;
                            }[];
                            discountLimitPct: number;
                            directorDiscountPct: number;
                            approval: {
                                /** Format: uuid */
                                requestId: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                            } | null;
                            actions: {
                                edit: boolean;
                                submit: boolean;
                                send: boolean;
                                accept: boolean;
                                decline: boolean;
                                contract: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            opportunity: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected" | "sent" | "accepted" | "declined" | "expired";
                            taxRatePct: number;
                            /** Format: date */
                            validUntil: string;
                            listTotalFen: string;
                            totalFen: string;
                            taxFen: string;
                            netTotalFen: string;
                            maxDiscountBp: number;
                            belowFloor: boolean;
                            remark: string | null;
                            /** Format: date-time */
                            sentAt: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** Format: uuid */
                            contractId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** Format: uuid */
                                productId: string;
                                productCode: string;
                                productName: string;
                                unit: string;
                                quantity: number;
                                listPriceFen: string;
                                floorPriceFen: string;
                                unitPriceFen: string;
                                discountBp: number;
                                amountFen: string;
                                belowFloor: boolean;
                                remark: string | null;
                            }[];
                            discountLimitPct: number;
                            directorDiscountPct: number;
                            approval: {
                                /** Format: uuid */
                                requestId: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                            } | null;
                            actions: {
                                edit: boolean;
                                submit: boolean;
                                send: boolean;
                                accept: boolean;
                                decline: boolean;
                                contract: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        opportunityId?: string | null;
                        /** Format: date */
                        validUntil?: string;
                        remark?: string | null;
                        lines?: {
                            /** Format: uuid */
                            productId: string;
                            quantity: number;
                            unitPriceFen?: string;
                            remark?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            opportunity: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected" | "sent" | "accepted" | "declined" | "expired";
                            taxRatePct: number;
                            /** Format: date */
                            validUntil: string;
                            listTotalFen: string;
                            totalFen: string;
                            taxFen: string;
                            netTotalFen: string;
                            maxDiscountBp: number;
                            belowFloor: boolean;
                            remark: string | null;
                            /** Format: date-time */
                            sentAt: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** Format: uuid */
                            contractId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** Format: uuid */
                                productId: string;
                                productCode: string;
                                productName: string;
                                unit: string;
                                quantity: number;
                                listPriceFen: string;
                                floorPriceFen: string;
                                unitPriceFen: string;
                                discountBp: number;
                                amountFen: string;
                                belowFloor: boolean;
                                remark: string | null;
                            }[];
                            discountLimitPct: number;
                            directorDiscountPct: number;
                            approval: {
                                /** Format: uuid */
                                requestId: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                            } | null;
                            actions: {
                                edit: boolean;
                                submit: boolean;
                                send: boolean;
                                accept: boolean;
                                decline: boolean;
                                contract: boolean;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/quotes/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            opportunity: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected" | "sent" | "accepted" | "declined" | "expired";
                            taxRatePct: number;
                            /** Format: date */
                            validUntil: string;
                            listTotalFen: string;
                            totalFen: string;
                            taxFen: string;
                            netTotalFen: string;
                            maxDiscountBp: number;
                            belowFloor: boolean;
                            remark: string | null;
                            /** Format: date-time */
                            sentAt: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** Format: uuid */
                            contractId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** Format: uuid */
                                productId: string;
                                productCode: string;
                                productName: string;
                                unit: string;
                                quantity: number;
                                listPriceFen: string;
                                floorPriceFen: string;
                                unitPriceFen: string;
                                discountBp: number;
                                amountFen: string;
                                belowFloor: boolean;
                                remark: string | null;
                            }[];
                            discountLimitPct: number;
                            directorDiscountPct: number;
                            approval: {
                                /** Format: uuid */
                                requestId: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                            } | null;
                            actions: {
                                edit: boolean;
                                submit: boolean;
                                send: boolean;
                                accept: boolean;
                                decline: boolean;
                                contract: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            opportunity: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected" | "sent" | "accepted" | "declined" | "expired";
                            taxRatePct: number;
                            /** Format: date */
                            validUntil: string;
                            listTotalFen: string;
                            totalFen: string;
                            taxFen: string;
                            netTotalFen: string;
                            maxDiscountBp: number;
                            belowFloor: boolean;
                            remark: string | null;
                            /** Format: date-time */
                            sentAt: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** Format: uuid */
                            contractId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** Format: uuid */
                                productId: string;
                                productCode: string;
                                productName: string;
                                unit: string;
                                quantity: number;
                                listPriceFen: string;
                                floorPriceFen: string;
                                unitPriceFen: string;
                                discountBp: number;
                                amountFen: string;
                                belowFloor: boolean;
                                remark: string | null;
                            }[];
                            discountLimitPct: number;
                            directorDiscountPct: number;
                            approval: {
                                /** Format: uuid */
                                requestId: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                            } | null;
                            actions: {
                                edit: boolean;
                                submit: boolean;
                                send: boolean;
                                accept: boolean;
                                decline: boolean;
                                contract: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            opportunity: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected" | "sent" | "accepted" | "declined" | "expired";
                            taxRatePct: number;
                            /** Format: date */
                            validUntil: string;
                            listTotalFen: string;
                            totalFen: string;
                            taxFen: string;
                            netTotalFen: string;
                            maxDiscountBp: number;
                            belowFloor: boolean;
                            remark: string | null;
                            /** Format: date-time */
                            sentAt: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** Format: uuid */
                            contractId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** Format: uuid */
                                productId: string;
                                productCode: string;
                                productName: string;
                                unit: string;
                                quantity: number;
                                listPriceFen: string;
                                floorPriceFen: string;
                                unitPriceFen: string;
                                discountBp: number;
                                amountFen: string;
                                belowFloor: boolean;
                                remark: string | null;
                            }[];
                            discountLimitPct: number;
                            directorDiscountPct: number;
                            approval: {
                                /** Format: uuid */
                                requestId: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                            } | null;
                            actions: {
                                edit: boolean;
                                submit: boolean;
                                send: boolean;
                                accept: boolean;
                                decline: boolean;
                                contract: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            opportunity: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected" | "sent" | "accepted" | "declined" | "expired";
                            taxRatePct: number;
                            /** Format: date */
                            validUntil: string;
                            listTotalFen: string;
                            totalFen: string;
                            taxFen: string;
                            netTotalFen: string;
                            maxDiscountBp: number;
                            belowFloor: boolean;
                            remark: string | null;
                            /** Format: date-time */
                            sentAt: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** Format: uuid */
                            contractId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** Format: uuid */
                                productId: string;
                                productCode: string;
                                productName: string;
                                unit: string;
                                quantity: number;
                                listPriceFen: string;
                                floorPriceFen: string;
                                unitPriceFen: string;
                                discountBp: number;
                                amountFen: string;
                                belowFloor: boolean;
                                remark: string | null;
                            }[];
                            discountLimitPct: number;
                            directorDiscountPct: number;
                            approval: {
                                /** Format: uuid */
                                requestId: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                            } | null;
                            actions: {
                                edit: boolean;
                                submit: boolean;
                                send: boolean;
                                accept: boolean;
                                decline: boolean;
                                contract: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/order-intents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    status?: "open" | "acknowledged";
                    customerId?: string;
                    toMe?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                quote: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                } | null;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                supervisor: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                expectedAmountFen: string | null;
                                /** Format: date */
                                expectedOrderDate: string | null;
                                note: string;
                                /** Format: date-time */
                                reportedAt: string;
                                /** Format: date-time */
                                acknowledgedAt: string | null;
                                acknowledgedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                ackComment: string | null;
                                canAcknowledge: boolean;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        customerId: string;
                        /** Format: uuid */
                        quoteId?: string | null;
                        expectedAmountFen?: string | null;
                        /** Format: date */
                        expectedOrderDate?: string | null;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            quote: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            supervisor: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            expectedAmountFen: string | null;
                            /** Format: date */
                            expectedOrderDate: string | null;
                            note: string;
                            /** Format: date-time */
                            reportedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            acknowledgedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            ackComment: string | null;
                            canAcknowledge: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/order-intents/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            quote: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            supervisor: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            expectedAmountFen: string | null;
                            /** Format: date */
                            expectedOrderDate: string | null;
                            note: string;
                            /** Format: date-time */
                            reportedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            acknowledgedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            ackComment: string | null;
                            canAcknowledge: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    q?: string;
                    kind?: "intent" | "main" | "supplement";
                    status?: "draft" | "reviewing" | "approved" | "rejected" | "entered" | "plan_review" | "signed";
                    customerId?: string;
                    ownerId?: string;
                    mainContractId?: string;
                    signedFrom?: string;
                    signedTo?: string;
                    sort?: "updatedAt" | "amountFen" | "signedOn" | "number";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** @enum {string} */
                                kind: "intent" | "main" | "supplement";
                                /** @enum {string} */
                                status: "draft" | "reviewing" | "approved" | "rejected" | "entered" | "plan_review" | "signed";
                                title: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                mainContract: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                } | null;
                                amountFen: string;
                                deltaFen: string | null;
                                /** Format: date */
                                signedOn: string | null;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "intent";
                        /** Format: uuid */
                        customerId: string;
                        amountFen: string;
                        title: string;
                        /** Format: date */
                        startDate?: string | null;
                        /** Format: date */
                        endDate?: string | null;
                        paymentTerms?: string | null;
                        remark?: string | null;
                    } | {
                        /** @enum {string} */
                        kind: "main";
                        /** Format: uuid */
                        customerId?: string;
                        /** Format: uuid */
                        quoteId?: string;
                        amountFen?: string;
                        title?: string;
                        /** Format: date */
                        startDate?: string | null;
                        /** Format: date */
                        endDate?: string | null;
                        paymentTerms?: string | null;
                        remark?: string | null;
                    } | {
                        /** @enum {string} */
                        kind: "supplement";
                        /** Format: uuid */
                        mainContractId: string;
                        deltaFen: string;
                        title: string;
                        remark?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            kind: "intent" | "main" | "supplement";
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected" | "entered" | "plan_review" | "signed";
                            title: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            mainContract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            amountFen: string;
                            deltaFen: string | null;
                            /** Format: date */
                            signedOn: string | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            quoteId: string | null;
                            /** Format: date */
                            startDate: string | null;
                            /** Format: date */
                            endDate: string | null;
                            paymentTerms: string | null;
                            remark: string | null;
                            effectiveAmountFen: string;
                            creditCheck: {
                                limitFen: string | null;
                                outstandingFen: string;
                                overdueFen: string;
                                amountFen: string;
                                reasons: ("over_limit" | "overdue")[];
                                /** Format: date */
                                asOf: string;
                            } | null;
                            plannedInstalments: {
                                /** Format: date */
                                dueDate: string;
                                amountFen: string;
                            }[] | null;
                            /** Format: date-time */
                            enteredAt: string | null;
                            enteredBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            verifiedAt: string | null;
                            verifiedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            signedAt: string | null;
                            supplements: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** @enum {string} */
                                kind: "intent" | "main" | "supplement";
                                /** @enum {string} */
                                status: "draft" | "reviewing" | "approved" | "rejected" | "entered" | "plan_review" | "signed";
                                title: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                mainContract: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                } | null;
                                amountFen: string;
                                deltaFen: string | null;
                                /** Format: date */
                                signedOn: string | null;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            scans: {
                                /** Format: uuid */
                                id: string;
                                purpose: string;
                                fileName: string;
                                mimeType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            actions: {
                                edit: boolean;
                                submit: boolean;
                                uploadScan: boolean;
                                removeScan: boolean;
                                enter: boolean;
                                verify: boolean;
                                returnEntry: boolean;
                                createSupplement: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            kind: "intent" | "main" | "supplement";
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected" | "entered" | "plan_review" | "signed";
                            title: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            mainContract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            amountFen: string;
                            deltaFen: string | null;
                            /** Format: date */
                            signedOn: string | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            quoteId: string | null;
                            /** Format: date */
                            startDate: string | null;
                            /** Format: date */
                            endDate: string | null;
                            paymentTerms: string | null;
                            remark: string | null;
                            effectiveAmountFen: string;
                            creditCheck: {
                                limitFen: string | null;
                                outstandingFen: string;
                                overdueFen: string;
                                amountFen: string;
                                reasons: ("over_limit" | "overdue")[];
                                /** Format: date */
                                asOf: string;
                            } | null;
                            plannedInstalments: {
                                /** Format: date */
                                dueDate: string;
                                amountFen: string;
                            }[] | null;
                            /** Format: date-time */
                            enteredAt: string | null;
                            enteredBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            verifiedAt: string | null;
                            verifiedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            signedAt: string | null;
                            supplements: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** @enum {string} */
                                kind: "intent" | "main" | "supplement";
                                /** @enum {string} */
                                status: "draft" | "reviewing" | "approved" | "rejected" | "entered" | "plan_review" | "signed";
                                title: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                mainContract: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                } | null;
                                amountFen: string;
                                deltaFen: string | null;
                                /** Format: date */
                                signedOn: string | null;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            scans: {
                                /** Format: uuid */
                                id: string;
                                purpose: string;
                                fileName: string;
                                mimeType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            actions: {
                                edit: boolean;
                                submit: boolean;
                                uploadScan: boolean;
                                removeScan: boolean;
                                enter: boolean;
                                verify: boolean;
                                returnEntry: boolean;
                                createSupplement: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        amountFen?: string;
                        deltaFen?: string;
                        /** Format: date */
                        startDate?: string | null;
                        /** Format: date */
                        endDate?: string | null;
                        paymentTerms?: string | null;
                        remark?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            kind: "intent" | "main" | "supplement";
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected" | "entered" | "plan_review" | "signed";
                            title: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            mainContract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            amountFen: string;
                            deltaFen: string | null;
                            /** Format: date */
                            signedOn: string | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            quoteId: string | null;
                            /** Format: date */
                            startDate: string | null;
                            /** Format: date */
                            endDate: string | null;
                            paymentTerms: string | null;
                            remark: string | null;
                            effectiveAmountFen: string;
                            creditCheck: {
                                limitFen: string | null;
                                outstandingFen: string;
                                overdueFen: string;
                                amountFen: string;
                                reasons: ("over_limit" | "overdue")[];
                                /** Format: date */
                                asOf: string;
                            } | null;
                            plannedInstalments: {
                                /** Format: date */
                                dueDate: string;
                                amountFen: string;
                            }[] | null;
                            /** Format: date-time */
                            enteredAt: string | null;
                            enteredBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            verifiedAt: string | null;
                            verifiedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            signedAt: string | null;
                            supplements: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** @enum {string} */
                                kind: "intent" | "main" | "supplement";
                                /** @enum {string} */
                                status: "draft" | "reviewing" | "approved" | "rejected" | "entered" | "plan_review" | "signed";
                                title: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                mainContract: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                } | null;
                                amountFen: string;
                                deltaFen: string | null;
                                /** Format: date */
                                signedOn: string | null;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            scans: {
                                /** Format: uuid */
                                id: string;
                                purpose: string;
                                fileName: string;
                                mimeType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            actions: {
                                edit: boolean;
                                submit: boolean;
                                uploadScan: boolean;
                                removeScan: boolean;
                                enter: boolean;
                                verify: boolean;
                                returnEntry: boolean;
                                createSupplement: boolean;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/contracts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            kind: "intent" | "main" | "supplement";
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected" | "entered" | "plan_review" | "signed";
                            title: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            mainContract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            amountFen: string;
                            deltaFen: string | null;
                            /** Format: date */
                            signedOn: string | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            quoteId: string | null;
                            /** Format: date */
                            startDate: string | null;
                            /** Format: date */
                            endDate: string | null;
                            paymentTerms: string | null;
                            remark: string | null;
                            effectiveAmountFen: string;
                            creditCheck: {
                                limitFen: string | null;
                                outstandingFen: string;
                                overdueFen: string;
                                amountFen: string;
                                reasons: ("over_limit" | "overdue")[];
                                /** Format: date */
                                asOf: string;
                            } | null;
                            plannedInstalments: {
                                /** Format: date */
                                dueDate: string;
                                amountFen: string;
                            }[] | null;
                            /** Format: date-time */
                            enteredAt: string | null;
                            enteredBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            verifiedAt: string | null;
                            verifiedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            signedAt: string | null;
                            supplements: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** @enum {string} */
                                kind: "intent" | "main" | "supplement";
                                /** @enum {string} */
                                status: "draft" | "reviewing" | "approved" | "rejected" | "entered" | "plan_review" | "signed";
                                title: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                mainContract: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                } | null;
                                amountFen: string;
                                deltaFen: string | null;
                                /** Format: date */
                                signedOn: string | null;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            scans: {
                                /** Format: uuid */
                                id: string;
                                purpose: string;
                                fileName: string;
                                mimeType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            actions: {
                                edit: boolean;
                                submit: boolean;
                                uploadScan: boolean;
                                removeScan: boolean;
                                enter: boolean;
                                verify: boolean;
                                returnEntry: boolean;
                                createSupplement: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                purpose: string;
                                fileName: string;
                                mimeType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            purpose: string;
                            fileName: string;
                            mimeType: string;
                            sizeBytes: number;
                            sha256: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/scan/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The stored file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/enter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        signedOn: string;
                        instalments?: {
                            /** Format: date */
                            dueDate: string;
                            amountFen: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            kind: "intent" | "main" | "supplement";
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected" | "entered" | "plan_review" | "signed";
                            title: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            mainContract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            amountFen: string;
                            deltaFen: string | null;
                            /** Format: date */
                            signedOn: string | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            quoteId: string | null;
                            /** Format: date */
                            startDate: string | null;
                            /** Format: date */
                            endDate: string | null;
                            paymentTerms: string | null;
                            remark: string | null;
                            effectiveAmountFen: string;
                            creditCheck: {
                                limitFen: string | null;
                                outstandingFen: string;
                                overdueFen: string;
                                amountFen: string;
                                reasons: ("over_limit" | "overdue")[];
                                /** Format: date */
                                asOf: string;
                            } | null;
                            plannedInstalments: {
                                /** Format: date */
                                dueDate: string;
                                amountFen: string;
                            }[] | null;
                            /** Format: date-time */
                            enteredAt: string | null;
                            enteredBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            verifiedAt: string | null;
                            verifiedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            signedAt: string | null;
                            supplements: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** @enum {string} */
                                kind: "intent" | "main" | "supplement";
                                /** @enum {string} */
                                status: "draft" | "reviewing" | "approved" | "rejected" | "entered" | "plan_review" | "signed";
                                title: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                mainContract: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                } | null;
                                amountFen: string;
                                deltaFen: string | null;
                                /** Format: date */
                                signedOn: string | null;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            scans: {
                                /** Format: uuid */
                                id: string;
                                purpose: string;
                                fileName: string;
                                mimeType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            actions: {
                                edit: boolean;
                                submit: boolean;
                                uploadScan: boolean;
                                removeScan: boolean;
                                enter: boolean;
                                verify: boolean;
                                returnEntry: boolean;
                                createSupplement: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            kind: "intent" | "main" | "supplement";
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected" | "entered" | "plan_review" | "signed";
                            title: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            mainContract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            amountFen: string;
                            deltaFen: string | null;
                            /** Format: date */
                            signedOn: string | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            quoteId: string | null;
                            /** Format: date */
                            startDate: string | null;
                            /** Format: date */
                            endDate: string | null;
                            paymentTerms: string | null;
                            remark: string | null;
                            effectiveAmountFen: string;
                            creditCheck: {
                                limitFen: string | null;
                                outstandingFen: string;
                                overdueFen: string;
                                amountFen: string;
                                reasons: ("over_limit" | "overdue")[];
                                /** Format: date */
                                asOf: string;
                            } | null;
                            plannedInstalments: {
                                /** Format: date */
                                dueDate: string;
                                amountFen: string;
                            }[] | null;
                            /** Format: date-time */
                            enteredAt: string | null;
                            enteredBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            verifiedAt: string | null;
                            verifiedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            signedAt: string | null;
                            supplements: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** @enum {string} */
                                kind: "intent" | "main" | "supplement";
                                /** @enum {string} */
                                status: "draft" | "reviewing" | "approved" | "rejected" | "entered" | "plan_review" | "signed";
                                title: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                mainContract: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                } | null;
                                amountFen: string;
                                deltaFen: string | null;
                                /** Format: date */
                                signedOn: string | null;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            scans: {
                                /** Format: uuid */
                                id: string;
                                purpose: string;
                                fileName: string;
                                mimeType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            actions: {
                                edit: boolean;
                                submit: boolean;
                                uploadScan: boolean;
                                removeScan: boolean;
                                enter: boolean;
                                verify: boolean;
                                returnEntry: boolean;
                                createSupplement: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/return-entry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            kind: "intent" | "main" | "supplement";
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected" | "entered" | "plan_review" | "signed";
                            title: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            mainContract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            amountFen: string;
                            deltaFen: string | null;
                            /** Format: date */
                            signedOn: string | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: uuid */
                            quoteId: string | null;
                            /** Format: date */
                            startDate: string | null;
                            /** Format: date */
                            endDate: string | null;
                            paymentTerms: string | null;
                            remark: string | null;
                            effectiveAmountFen: string;
                            creditCheck: {
                                limitFen: string | null;
                                outstandingFen: string;
                                overdueFen: string;
                                amountFen: string;
                                reasons: ("over_limit" | "overdue")[];
                                /** Format: date */
                                asOf: string;
                            } | null;
                            plannedInstalments: {
                                /** Format: date */
                                dueDate: string;
                                amountFen: string;
                            }[] | null;
                            /** Format: date-time */
                            enteredAt: string | null;
                            enteredBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            verifiedAt: string | null;
                            verifiedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            signedAt: string | null;
                            supplements: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** @enum {string} */
                                kind: "intent" | "main" | "supplement";
                                /** @enum {string} */
                                status: "draft" | "reviewing" | "approved" | "rejected" | "entered" | "plan_review" | "signed";
                                title: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                mainContract: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                } | null;
                                amountFen: string;
                                deltaFen: string | null;
                                /** Format: date */
                                signedOn: string | null;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            scans: {
                                /** Format: uuid */
                                id: string;
                                purpose: string;
                                fileName: string;
                                mimeType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            actions: {
                                edit: boolean;
                                submit: boolean;
                                uploadScan: boolean;
                                removeScan: boolean;
                                enter: boolean;
                                verify: boolean;
                                returnEntry: boolean;
                                createSupplement: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                kind: string;
                                custodian: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                /** @enum {string} */
                                status: "in_custody" | "checked_out" | "retired";
                                remark: string | null;
                                holder: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                /** Format: date-time */
                                outSince: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        kind: string;
                        /** Format: uuid */
                        custodianId: string;
                        remark?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            kind: string;
                            custodian: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            /** @enum {string} */
                            status: "in_custody" | "checked_out" | "retired";
                            remark: string | null;
                            holder: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            outSince: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seals/{id}/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                action: "check_out" | "return";
                                user: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                /** Format: uuid */
                                requestId: string | null;
                                violation: boolean;
                                note: string | null;
                                /** Format: date-time */
                                at: string;
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seals/{id}/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                        /** Format: uuid */
                        requestId?: string | null;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            seal: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                kind: string;
                                custodian: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                /** @enum {string} */
                                status: "in_custody" | "checked_out" | "retired";
                                remark: string | null;
                                holder: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                /** Format: date-time */
                                outSince: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            entry: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                action: "check_out" | "return";
                                user: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                /** Format: uuid */
                                requestId: string | null;
                                violation: boolean;
                                note: string | null;
                                /** Format: date-time */
                                at: string;
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seals/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            seal: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                kind: string;
                                custodian: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                /** @enum {string} */
                                status: "in_custody" | "checked_out" | "retired";
                                remark: string | null;
                                holder: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                /** Format: date-time */
                                outSince: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            entry: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                action: "check_out" | "return";
                                user: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                /** Format: uuid */
                                requestId: string | null;
                                violation: boolean;
                                note: string | null;
                                /** Format: date-time */
                                at: string;
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seal-violations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                seal: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                user: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                description: string;
                                harm: boolean;
                                harmNote: string | null;
                                fineFen: string | null;
                                /** Format: date-time */
                                at: string;
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        sealId: string;
                        /** Format: uuid */
                        userId: string;
                        description: string;
                        harmNote?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            seal: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            user: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            description: string;
                            harm: boolean;
                            harmNote: string | null;
                            fineFen: string | null;
                            /** Format: date-time */
                            at: string;
                            actor: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seal-violations/{id}/harm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        harmNote: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            seal: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            user: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            description: string;
                            harm: boolean;
                            harmNote: string | null;
                            fineFen: string | null;
                            /** Format: date-time */
                            at: string;
                            actor: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seal-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    whose?: "mine" | "all";
                    status?: "draft" | "reviewing" | "approved" | "rejected" | "checked_out" | "returned";
                    sealId?: string;
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                seal: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                contract: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                } | null;
                                purpose: string;
                                requester: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "draft" | "reviewing" | "approved" | "rejected" | "checked_out" | "returned";
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                canSubmit: boolean;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        sealId: string;
                        /** Format: uuid */
                        contractId?: string | null;
                        purpose: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            seal: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            purpose: string;
                            requester: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected" | "checked_out" | "returned";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            canSubmit: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seal-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            seal: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            purpose: string;
                            requester: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected" | "checked_out" | "returned";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            canSubmit: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seal-requests/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            seal: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            purpose: string;
                            requester: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected" | "checked_out" | "returned";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            canSubmit: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    q?: string;
                    status?: "production" | "partially_shipped" | "shipped" | "delivered" | "accepted";
                    customerId?: string;
                    contractId?: string;
                    ownerId?: string;
                    sort?: "createdAt" | "updatedAt" | "number" | "expectedShipDate";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** @enum {string} */
                                status: "production" | "partially_shipped" | "shipped" | "delivered" | "accepted";
                                contract: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                    title: string;
                                };
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date */
                                expectedShipDate: string | null;
                                quantity: number;
                                shippedQuantity: number;
                                documentsProvided: number;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        contractId: string;
                        /** Format: date */
                        expectedShipDate?: string | null;
                        remark?: string | null;
                        lines: {
                            /** Format: uuid */
                            productId?: string | null;
                            productName: string;
                            unit: string;
                            quantity: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "production" | "partially_shipped" | "shipped" | "delivered" | "accepted";
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                title: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date */
                            expectedShipDate: string | null;
                            quantity: number;
                            shippedQuantity: number;
                            documentsProvided: number;
                            /** Format: date-time */
                            deliveredAt: string | null;
                            /** Format: date-time */
                            acceptedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            remark: string | null;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** Format: uuid */
                                productId: string | null;
                                productName: string;
                                unit: string;
                                quantity: number;
                                shippedQuantity: number;
                                remainingQuantity: number;
                            }[];
                            shipments: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date */
                                shippedOn: string;
                                carrier: string | null;
                                trackingNo: string | null;
                                note: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                lines: {
                                    /** Format: uuid */
                                    orderLineId: string;
                                    productName: string;
                                    quantity: number;
                                }[];
                            }[];
                            documents: {
                                /** @enum {string} */
                                kind: "manual" | "certificate" | "test_report";
                                provided: boolean;
                                /** Format: uuid */
                                fileId: string | null;
                                /** Format: date-time */
                                checkedAt: string | null;
                                checkedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            missingDocuments: ("manual" | "certificate" | "test_report")[];
                            canWrite: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "production" | "partially_shipped" | "shipped" | "delivered" | "accepted";
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                title: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date */
                            expectedShipDate: string | null;
                            quantity: number;
                            shippedQuantity: number;
                            documentsProvided: number;
                            /** Format: date-time */
                            deliveredAt: string | null;
                            /** Format: date-time */
                            acceptedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            remark: string | null;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** Format: uuid */
                                productId: string | null;
                                productName: string;
                                unit: string;
                                quantity: number;
                                shippedQuantity: number;
                                remainingQuantity: number;
                            }[];
                            shipments: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date */
                                shippedOn: string;
                                carrier: string | null;
                                trackingNo: string | null;
                                note: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                lines: {
                                    /** Format: uuid */
                                    orderLineId: string;
                                    productName: string;
                                    quantity: number;
                                }[];
                            }[];
                            documents: {
                                /** @enum {string} */
                                kind: "manual" | "certificate" | "test_report";
                                provided: boolean;
                                /** Format: uuid */
                                fileId: string | null;
                                /** Format: date-time */
                                checkedAt: string | null;
                                checkedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            missingDocuments: ("manual" | "certificate" | "test_report")[];
                            canWrite: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        shippedOn: string;
                        carrier?: string | null;
                        trackingNo?: string | null;
                        note?: string | null;
                        lines: {
                            /** Format: uuid */
                            orderLineId: string;
                            quantity: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "production" | "partially_shipped" | "shipped" | "delivered" | "accepted";
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                title: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date */
                            expectedShipDate: string | null;
                            quantity: number;
                            shippedQuantity: number;
                            documentsProvided: number;
                            /** Format: date-time */
                            deliveredAt: string | null;
                            /** Format: date-time */
                            acceptedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            remark: string | null;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** Format: uuid */
                                productId: string | null;
                                productName: string;
                                unit: string;
                                quantity: number;
                                shippedQuantity: number;
                                remainingQuantity: number;
                            }[];
                            shipments: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date */
                                shippedOn: string;
                                carrier: string | null;
                                trackingNo: string | null;
                                note: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                lines: {
                                    /** Format: uuid */
                                    orderLineId: string;
                                    productName: string;
                                    quantity: number;
                                }[];
                            }[];
                            documents: {
                                /** @enum {string} */
                                kind: "manual" | "certificate" | "test_report";
                                provided: boolean;
                                /** Format: uuid */
                                fileId: string | null;
                                /** Format: date-time */
                                checkedAt: string | null;
                                checkedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            missingDocuments: ("manual" | "certificate" | "test_report")[];
                            canWrite: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/documents/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "manual" | "certificate" | "test_report";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        provided: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "production" | "partially_shipped" | "shipped" | "delivered" | "accepted";
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                title: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date */
                            expectedShipDate: string | null;
                            quantity: number;
                            shippedQuantity: number;
                            documentsProvided: number;
                            /** Format: date-time */
                            deliveredAt: string | null;
                            /** Format: date-time */
                            acceptedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            remark: string | null;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** Format: uuid */
                                productId: string | null;
                                productName: string;
                                unit: string;
                                quantity: number;
                                shippedQuantity: number;
                                remainingQuantity: number;
                            }[];
                            shipments: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date */
                                shippedOn: string;
                                carrier: string | null;
                                trackingNo: string | null;
                                note: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                lines: {
                                    /** Format: uuid */
                                    orderLineId: string;
                                    productName: string;
                                    quantity: number;
                                }[];
                            }[];
                            documents: {
                                /** @enum {string} */
                                kind: "manual" | "certificate" | "test_report";
                                provided: boolean;
                                /** Format: uuid */
                                fileId: string | null;
                                /** Format: date-time */
                                checkedAt: string | null;
                                checkedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            missingDocuments: ("manual" | "certificate" | "test_report")[];
                            canWrite: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/documents/{kind}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "manual" | "certificate" | "test_report";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The stored file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "manual" | "certificate" | "test_report";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "production" | "partially_shipped" | "shipped" | "delivered" | "accepted";
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                title: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date */
                            expectedShipDate: string | null;
                            quantity: number;
                            shippedQuantity: number;
                            documentsProvided: number;
                            /** Format: date-time */
                            deliveredAt: string | null;
                            /** Format: date-time */
                            acceptedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            remark: string | null;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** Format: uuid */
                                productId: string | null;
                                productName: string;
                                unit: string;
                                quantity: number;
                                shippedQuantity: number;
                                remainingQuantity: number;
                            }[];
                            shipments: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date */
                                shippedOn: string;
                                carrier: string | null;
                                trackingNo: string | null;
                                note: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                lines: {
                                    /** Format: uuid */
                                    orderLineId: string;
                                    productName: string;
                                    quantity: number;
                                }[];
                            }[];
                            documents: {
                                /** @enum {string} */
                                kind: "manual" | "certificate" | "test_report";
                                provided: boolean;
                                /** Format: uuid */
                                fileId: string | null;
                                /** Format: date-time */
                                checkedAt: string | null;
                                checkedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            missingDocuments: ("manual" | "certificate" | "test_report")[];
                            canWrite: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "production" | "partially_shipped" | "shipped" | "delivered" | "accepted";
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                title: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date */
                            expectedShipDate: string | null;
                            quantity: number;
                            shippedQuantity: number;
                            documentsProvided: number;
                            /** Format: date-time */
                            deliveredAt: string | null;
                            /** Format: date-time */
                            acceptedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            remark: string | null;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** Format: uuid */
                                productId: string | null;
                                productName: string;
                                unit: string;
                                quantity: number;
                                shippedQuantity: number;
                                remainingQuantity: number;
                            }[];
                            shipments: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date */
                                shippedOn: string;
                                carrier: string | null;
                                trackingNo: string | null;
                                note: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                lines: {
                                    /** Format: uuid */
                                    orderLineId: string;
                                    productName: string;
                                    quantity: number;
                                }[];
                            }[];
                            documents: {
                                /** @enum {string} */
                                kind: "manual" | "certificate" | "test_report";
                                provided: boolean;
                                /** Format: uuid */
                                fileId: string | null;
                                /** Format: date-time */
                                checkedAt: string | null;
                                checkedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            missingDocuments: ("manual" | "certificate" | "test_report")[];
                            canWrite: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            status: "production" | "partially_shipped" | "shipped" | "delivered" | "accepted";
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                title: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date */
                            expectedShipDate: string | null;
                            quantity: number;
                            shippedQuantity: number;
                            documentsProvided: number;
                            /** Format: date-time */
                            deliveredAt: string | null;
                            /** Format: date-time */
                            acceptedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            remark: string | null;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                /** Format: uuid */
                                productId: string | null;
                                productName: string;
                                unit: string;
                                quantity: number;
                                shippedQuantity: number;
                                remainingQuantity: number;
                            }[];
                            shipments: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date */
                                shippedOn: string;
                                carrier: string | null;
                                trackingNo: string | null;
                                note: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                lines: {
                                    /** Format: uuid */
                                    orderLineId: string;
                                    productName: string;
                                    quantity: number;
                                }[];
                            }[];
                            documents: {
                                /** @enum {string} */
                                kind: "manual" | "certificate" | "test_report";
                                provided: boolean;
                                /** Format: uuid */
                                fileId: string | null;
                                /** Format: date-time */
                                checkedAt: string | null;
                                checkedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            missingDocuments: ("manual" | "certificate" | "test_report")[];
                            canWrite: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    q?: string;
                    status?: "draft" | "reviewing" | "approved" | "rejected";
                    kind?: "return" | "exchange";
                    customerId?: string;
                    contractId?: string;
                    sort?: "createdAt" | "updatedAt" | "number" | "creditFen";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** @enum {string} */
                                kind: "return" | "exchange";
                                /** @enum {string} */
                                status: "draft" | "reviewing" | "approved" | "rejected";
                                contract: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                    title: string;
                                    amountFen: string;
                                };
                                order: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                } | null;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                reason: string;
                                creditFen: string;
                                creditNote: {
                                    /** Format: uuid */
                                    id: string;
                                    amountFen: string;
                                    unallocatedFen: string;
                                    /** Format: date-time */
                                    issuedAt: string;
                                } | null;
                                canEdit: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "return" | "exchange";
                        /** Format: uuid */
                        contractId: string;
                        /** Format: uuid */
                        orderId?: string | null;
                        reason: string;
                        /** @default 0 */
                        creditFen?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            kind: "return" | "exchange";
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected";
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                title: string;
                                amountFen: string;
                            };
                            order: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            reason: string;
                            creditFen: string;
                            creditNote: {
                                /** Format: uuid */
                                id: string;
                                amountFen: string;
                                unallocatedFen: string;
                                /** Format: date-time */
                                issuedAt: string;
                            } | null;
                            canEdit: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            kind: "return" | "exchange";
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected";
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                title: string;
                                amountFen: string;
                            };
                            order: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            reason: string;
                            creditFen: string;
                            creditNote: {
                                /** Format: uuid */
                                id: string;
                                amountFen: string;
                                unallocatedFen: string;
                                /** Format: date-time */
                                issuedAt: string;
                            } | null;
                            canEdit: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind?: "return" | "exchange";
                        /** Format: uuid */
                        orderId?: string | null;
                        reason?: string;
                        creditFen?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            kind: "return" | "exchange";
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected";
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                title: string;
                                amountFen: string;
                            };
                            order: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            reason: string;
                            creditFen: string;
                            creditNote: {
                                /** Format: uuid */
                                id: string;
                                amountFen: string;
                                unallocatedFen: string;
                                /** Format: date-time */
                                issuedAt: string;
                            } | null;
                            canEdit: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/returns/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            kind: "return" | "exchange";
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected";
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                title: string;
                                amountFen: string;
                            };
                            order: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            reason: string;
                            creditFen: string;
                            creditNote: {
                                /** Format: uuid */
                                id: string;
                                amountFen: string;
                                unallocatedFen: string;
                                /** Format: date-time */
                                issuedAt: string;
                            } | null;
                            canEdit: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            contractId: string;
                            contractNumber: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date */
                            today: string;
                            instalments: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                planVersion: number;
                                /** Format: date */
                                dueDate: string;
                                amountFen: string;
                                confirmedFen: string;
                                pendingFen: string;
                                openFen: string;
                                /** @enum {string} */
                                status: "paid" | "not_due" | "due_soon" | "overdue";
                                daysOverdue: number;
                                /** @enum {string} */
                                origin: "signing" | "supplement" | "plan_change";
                            }[];
                            changeableFen: string;
                            /** Format: uuid */
                            pendingChangeId: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/money": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            contractId: string;
                            contractAmountFen: string;
                            invoicedFen: string;
                            collectedFen: string;
                            pendingFen: string;
                            creditNotesFen: string;
                            writtenOffFen: string;
                            outstandingFen: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/plan-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        instalments: {
                            /** Format: date */
                            dueDate: string;
                            amountFen: string;
                        }[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            contractId: string;
                            contractNumber: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            proposed: {
                                /** Format: date */
                                dueDate: string;
                                amountFen: string;
                            }[];
                            reason: string;
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected";
                            requestedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan-changes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            contractId: string;
                            contractNumber: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            proposed: {
                                /** Format: date */
                                dueDate: string;
                                amountFen: string;
                            }[];
                            reason: string;
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected";
                            requestedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    status?: "pending" | "confirmed" | "rejected";
                    method?: "cash" | "bank_transfer" | "pos_card" | "acceptance_bill" | "other";
                    kind?: "receipt" | "reversal";
                    customerId?: string;
                    contractId?: string;
                    ownerId?: string;
                    receivedFrom?: string;
                    receivedTo?: string;
                    q?: string;
                    cursor?: string;
                    sort?: "receivedOn" | "amountFen" | "createdAt" | "number";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** @enum {string} */
                                kind: "receipt" | "reversal";
                                /** Format: uuid */
                                reversalOfId: string | null;
                                /** Format: uuid */
                                reversedById: string | null;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                contract: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                } | null;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                method: "cash" | "bank_transfer" | "pos_card" | "acceptance_bill" | "other";
                                amountFen: string;
                                unallocatedFen: string;
                                /** Format: date */
                                receivedOn: string;
                                payer: string;
                                voucherNo: string | null;
                                /** @enum {string} */
                                status: "pending" | "confirmed" | "rejected";
                                /** Format: date-time */
                                confirmedAt: string | null;
                                confirmedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                rejectReason: string | null;
                                remark: string | null;
                                attachmentCount: number;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        customerId: string;
                        /** Format: uuid */
                        contractId?: string | null;
                        /** @enum {string} */
                        method: "cash" | "bank_transfer" | "pos_card" | "acceptance_bill" | "other";
                        amountFen: string;
                        /** Format: date */
                        receivedOn: string;
                        payer: string;
                        voucherNo?: string | null;
                        remark?: string | null;
                        allocations?: {
                            /** Format: uuid */
                            instalmentId: string;
                            amountFen: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            kind: "receipt" | "reversal";
                            /** Format: uuid */
                            reversalOfId: string | null;
                            /** Format: uuid */
                            reversedById: string | null;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            method: "cash" | "bank_transfer" | "pos_card" | "acceptance_bill" | "other";
                            amountFen: string;
                            unallocatedFen: string;
                            /** Format: date */
                            receivedOn: string;
                            payer: string;
                            voucherNo: string | null;
                            /** @enum {string} */
                            status: "pending" | "confirmed" | "rejected";
                            /** Format: date-time */
                            confirmedAt: string | null;
                            confirmedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            rejectReason: string | null;
                            remark: string | null;
                            attachmentCount: number;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            allocations: {
                                /** Format: uuid */
                                instalmentId: string;
                                seq: number;
                                /** Format: date */
                                dueDate: string;
                                /** Format: uuid */
                                contractId: string;
                                contractNumber: string;
                                amountFen: string;
                                confirmed: boolean;
                                released: boolean;
                            }[];
                            recorderMayConfirm: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    status?: "pending" | "confirmed" | "rejected";
                    method?: "cash" | "bank_transfer" | "pos_card" | "acceptance_bill" | "other";
                    kind?: "receipt" | "reversal";
                    customerId?: string;
                    contractId?: string;
                    ownerId?: string;
                    receivedFrom?: string;
                    receivedTo?: string;
                    q?: string;
                    cursor?: string;
                    sort?: "receivedOn" | "amountFen" | "createdAt" | "number";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Excel workbook (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            kind: "receipt" | "reversal";
                            /** Format: uuid */
                            reversalOfId: string | null;
                            /** Format: uuid */
                            reversedById: string | null;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            method: "cash" | "bank_transfer" | "pos_card" | "acceptance_bill" | "other";
                            amountFen: string;
                            unallocatedFen: string;
                            /** Format: date */
                            receivedOn: string;
                            payer: string;
                            voucherNo: string | null;
                            /** @enum {string} */
                            status: "pending" | "confirmed" | "rejected";
                            /** Format: date-time */
                            confirmedAt: string | null;
                            confirmedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            rejectReason: string | null;
                            remark: string | null;
                            attachmentCount: number;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            allocations: {
                                /** Format: uuid */
                                instalmentId: string;
                                seq: number;
                                /** Format: date */
                                dueDate: string;
                                /** Format: uuid */
                                contractId: string;
                                contractNumber: string;
                                amountFen: string;
                                confirmed: boolean;
                                released: boolean;
                            }[];
                            recorderMayConfirm: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/confirm-batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confirmed: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            }[];
                            refused: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/payment-choices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            payer: string;
                            contracts: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** Format: date */
                                signedOn: string | null;
                                amountFen: string;
                                outstandingFen: string;
                                pendingFen: string;
                                openFen: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            kind: "receipt" | "reversal";
                            /** Format: uuid */
                            reversalOfId: string | null;
                            /** Format: uuid */
                            reversedById: string | null;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            method: "cash" | "bank_transfer" | "pos_card" | "acceptance_bill" | "other";
                            amountFen: string;
                            unallocatedFen: string;
                            /** Format: date */
                            receivedOn: string;
                            payer: string;
                            voucherNo: string | null;
                            /** @enum {string} */
                            status: "pending" | "confirmed" | "rejected";
                            /** Format: date-time */
                            confirmedAt: string | null;
                            confirmedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            rejectReason: string | null;
                            remark: string | null;
                            attachmentCount: number;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            allocations: {
                                /** Format: uuid */
                                instalmentId: string;
                                seq: number;
                                /** Format: date */
                                dueDate: string;
                                /** Format: uuid */
                                contractId: string;
                                contractNumber: string;
                                amountFen: string;
                                confirmed: boolean;
                                released: boolean;
                            }[];
                            recorderMayConfirm: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            kind: "receipt" | "reversal";
                            /** Format: uuid */
                            reversalOfId: string | null;
                            /** Format: uuid */
                            reversedById: string | null;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            method: "cash" | "bank_transfer" | "pos_card" | "acceptance_bill" | "other";
                            amountFen: string;
                            unallocatedFen: string;
                            /** Format: date */
                            receivedOn: string;
                            payer: string;
                            voucherNo: string | null;
                            /** @enum {string} */
                            status: "pending" | "confirmed" | "rejected";
                            /** Format: date-time */
                            confirmedAt: string | null;
                            confirmedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            rejectReason: string | null;
                            remark: string | null;
                            attachmentCount: number;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            allocations: {
                                /** Format: uuid */
                                instalmentId: string;
                                seq: number;
                                /** Format: date */
                                dueDate: string;
                                /** Format: uuid */
                                contractId: string;
                                contractNumber: string;
                                amountFen: string;
                                confirmed: boolean;
                                released: boolean;
                            }[];
                            recorderMayConfirm: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/{id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** @enum {string} */
                            kind: "receipt" | "reversal";
                            /** Format: uuid */
                            reversalOfId: string | null;
                            /** Format: uuid */
                            reversedById: string | null;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            method: "cash" | "bank_transfer" | "pos_card" | "acceptance_bill" | "other";
                            amountFen: string;
                            unallocatedFen: string;
                            /** Format: date */
                            receivedOn: string;
                            payer: string;
                            voucherNo: string | null;
                            /** @enum {string} */
                            status: "pending" | "confirmed" | "rejected";
                            /** Format: date-time */
                            confirmedAt: string | null;
                            confirmedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            rejectReason: string | null;
                            remark: string | null;
                            attachmentCount: number;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            allocations: {
                                /** Format: uuid */
                                instalmentId: string;
                                seq: number;
                                /** Format: date */
                                dueDate: string;
                                /** Format: uuid */
                                contractId: string;
                                contractNumber: string;
                                amountFen: string;
                                confirmed: boolean;
                                released: boolean;
                            }[];
                            recorderMayConfirm: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                purpose: string;
                                fileName: string;
                                mimeType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            purpose: string;
                            fileName: string;
                            mimeType: string;
                            sizeBytes: number;
                            sha256: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/{id}/attachments/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The stored file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/credit-balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            customerId: string;
                            balanceFen: string;
                            entries: {
                                /** Format: uuid */
                                id: string;
                                amountFen: string;
                                kind: string;
                                refType: string | null;
                                /** Format: uuid */
                                refId: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/apply-credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        contractId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appliedFen: string;
                            balanceFen: string;
                            allocations: {
                                /** Format: uuid */
                                instalmentId: string;
                                /** Format: uuid */
                                contractId: string;
                                amountFen: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/receivables/verify-amounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            checked: number;
                            mismatchCount: number;
                            mismatches: {
                                instalmentId: string;
                                stored: {
                                    settledFen: string;
                                    collectedFen: string;
                                    reservedFen: string;
                                };
                                computed: {
                                    settledFen: string;
                                    collectedFen: string;
                                    reservedFen: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    contractId?: string;
                    customerId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                contract: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                };
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                fapiaoNo: string;
                                /** @enum {string} */
                                kind: "ordinary" | "special";
                                amountFen: string;
                                /** Format: date */
                                issuedOn: string;
                                remark: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        contractId: string;
                        fapiaoNo: string;
                        /** @enum {string} */
                        kind: "ordinary" | "special";
                        amountFen: string;
                        /** Format: date */
                        issuedOn: string;
                        remark?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            fapiaoNo: string;
                            /** @enum {string} */
                            kind: "ordinary" | "special";
                            amountFen: string;
                            /** Format: date */
                            issuedOn: string;
                            remark: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/receivables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    status?: ("not_due" | "due_soon" | "overdue" | "paid") | ("not_due" | "due_soon" | "overdue" | "paid")[];
                    bucket?: string;
                    ownerId?: string;
                    unitId?: string;
                    unitTree?: "true" | "false";
                    customerId?: string;
                    contractId?: string;
                    q?: string;
                    cursor?: string;
                    sort?: "dueDate" | "openFen" | "daysOverdue";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                seq: number;
                                contract: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                    title: string;
                                    /** @enum {string} */
                                    legalStatus: "none" | "legal_review" | "legal_action" | "closed";
                                };
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date */
                                dueDate: string;
                                amountFen: string;
                                collectedFen: string;
                                openFen: string;
                                /** @enum {string} */
                                status: "not_due" | "due_soon" | "overdue" | "paid";
                                daysOverdue: number;
                                bucket: string | null;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                            nextCursor: string | null;
                            /** Format: date */
                            today: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/receivables/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    status?: ("not_due" | "due_soon" | "overdue" | "paid") | ("not_due" | "due_soon" | "overdue" | "paid")[];
                    bucket?: string;
                    ownerId?: string;
                    unitId?: string;
                    unitTree?: "true" | "false";
                    customerId?: string;
                    contractId?: string;
                    q?: string;
                    cursor?: string;
                    sort?: "dueDate" | "openFen" | "daysOverdue";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Excel workbook (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/receivables/aging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    ownerId?: string;
                    unitId?: string;
                    unitTree?: "true" | "false";
                    customerId?: string;
                    contractId?: string;
                    q?: string;
                    groupBy?: "rep" | "unit" | "region" | "customer";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            today: string;
                            /** @enum {string} */
                            groupBy: "rep" | "unit" | "region" | "customer";
                            buckets: {
                                key: string;
                                fromDays: number;
                                toDays: number | null;
                            }[];
                            rows: {
                                notDueFen: string;
                                bucketFen: string[];
                                overdueFen: string;
                                totalOpenFen: string;
                                /** Format: uuid */
                                key: string;
                                label: string;
                            }[];
                            totals: {
                                notDueFen: string;
                                bucketFen: string[];
                                overdueFen: string;
                                totalOpenFen: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/receivables/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    ownerId?: string;
                    unitId?: string;
                    unitTree?: "true" | "false";
                    customerId?: string;
                    contractId?: string;
                    q?: string;
                    from: string;
                    to: string;
                    groupBy?: "rep" | "unit" | "region" | "customer";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dueInPeriodFen: string;
                            collectedInPeriodFen: string;
                            collectionRatePct: number | null;
                            openFen: string;
                            overdueFen: string;
                            overdueRatioPct: number | null;
                            salesFen: string;
                            dsoDays: number | null;
                            /** Format: date */
                            from: string;
                            /** Format: date */
                            to: string;
                            /** Format: date */
                            today: string;
                            dsoPeriodDays: number;
                            groups?: {
                                dueInPeriodFen: string;
                                collectedInPeriodFen: string;
                                collectionRatePct: number | null;
                                openFen: string;
                                overdueFen: string;
                                overdueRatioPct: number | null;
                                salesFen: string;
                                dsoDays: number | null;
                                /** Format: uuid */
                                key: string;
                                label: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dunning/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                period: string;
                                /** Format: date */
                                runOn: string;
                                itemCount: number;
                                /** Format: date-time */
                                issuedAt: string;
                                issuedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                openCount: number;
                            }[];
                            /** Format: date */
                            today: string;
                            /** Format: date */
                            runFrom: string;
                            doneThisMonth: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            period: string;
                            /** Format: date */
                            runOn: string;
                            itemCount: number;
                            /** Format: date-time */
                            issuedAt: string;
                            issuedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            openCount: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dunning/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    runId?: string;
                    repId?: string;
                    outcome?: ("promised" | "paid" | "disputed" | "unreachable" | "other") | "open";
                    toDispatch?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                runId: string;
                                period: string;
                                /** Format: uuid */
                                instalmentId: string;
                                contract: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                };
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                rep: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                supervisor: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                outstandingFen: string;
                                /** Format: date */
                                dueDate: string;
                                daysOverdue: number;
                                /** @enum {string|null} */
                                outcome: "promised" | "paid" | "disputed" | "unreachable" | "other" | null;
                                outcomeNote: string | null;
                                /** Format: date */
                                promisedOn: string | null;
                                /** Format: date-time */
                                outcomeAt: string | null;
                                outcomeBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                /** Format: date-time */
                                dispatchedAt: string | null;
                                dispatchedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dunning/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        itemIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dispatched: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dunning/items/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "promised" | "paid" | "disputed" | "unreachable" | "other";
                        note?: string | null;
                        /** Format: date */
                        promisedOn?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            runId: string;
                            period: string;
                            /** Format: uuid */
                            instalmentId: string;
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            rep: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            supervisor: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            outstandingFen: string;
                            /** Format: date */
                            dueDate: string;
                            daysOverdue: number;
                            /** @enum {string|null} */
                            outcome: "promised" | "paid" | "disputed" | "unreachable" | "other" | null;
                            outcomeNote: string | null;
                            /** Format: date */
                            promisedOn: string | null;
                            /** Format: date-time */
                            outcomeAt: string | null;
                            outcomeBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            dispatchedAt: string | null;
                            dispatchedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/legal-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "none" | "legal_review" | "legal_action" | "closed";
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            legalStatus: "none" | "legal_review" | "legal_action" | "closed";
                            /** Format: date-time */
                            legalStatusAt: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/write-offs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "draft" | "reviewing" | "approved" | "rejected";
                    contractId?: string;
                    customerId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                contract: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                };
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                amountFen: string;
                                reason: string;
                                /** @enum {string} */
                                status: "draft" | "reviewing" | "approved" | "rejected";
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        contractId: string;
                        amountFen: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            amountFen: string;
                            reason: string;
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected";
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/write-offs/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            contract: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            amountFen: string;
                            reason: string;
                            /** @enum {string} */
                            status: "draft" | "reviewing" | "approved" | "rejected";
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            today: string;
                            monthFrom: string;
                            items: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                                position: string;
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                superior: {
                                    /** Format: uuid */
                                    id: string;
                                    displayName: string;
                                } | null;
                                customers: number;
                                openOpportunities: number;
                                openOpportunityFen: string;
                                overdueFen: string;
                                collectedThisMonthFen: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/team/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            position: string;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            superior: {
                                /** Format: uuid */
                                id: string;
                                displayName: string;
                            } | null;
                            customers: number;
                            openOpportunities: number;
                            openOpportunityFen: string;
                            overdueFen: string;
                            collectedThisMonthFen: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    month?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            month: string;
                            firstDay: string;
                            lastDay: string;
                            today: string;
                            items: {
                                planned: number;
                                plannedDone: number;
                                completionPct: number | null;
                                done: number;
                                doneAdHoc: number;
                                plannedMinutes: number;
                                spentMinutes: number;
                                reports: {
                                    onTime: number;
                                    late: number;
                                    missing: number;
                                    notDue: number;
                                };
                                commitments: {
                                    due: number;
                                    onTime: number;
                                    late: number;
                                    openOverdue: number;
                                    open: number;
                                };
                                rep: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                            }[];
                            totals: {
                                planned: number;
                                plannedDone: number;
                                completionPct: number | null;
                                done: number;
                                doneAdHoc: number;
                                plannedMinutes: number;
                                spentMinutes: number;
                                reports: {
                                    onTime: number;
                                    late: number;
                                    missing: number;
                                    notDue: number;
                                };
                                commitments: {
                                    due: number;
                                    onTime: number;
                                    late: number;
                                    openOverdue: number;
                                    open: number;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-compliance/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    month?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Excel workbook (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-compliance/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    month?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            month: string;
                            firstDay: string;
                            lastDay: string;
                            today: string;
                            row: {
                                planned: number;
                                plannedDone: number;
                                completionPct: number | null;
                                done: number;
                                doneAdHoc: number;
                                plannedMinutes: number;
                                spentMinutes: number;
                                reports: {
                                    onTime: number;
                                    late: number;
                                    missing: number;
                                    notDue: number;
                                };
                                commitments: {
                                    due: number;
                                    onTime: number;
                                    late: number;
                                    openOverdue: number;
                                    open: number;
                                };
                                rep: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                            };
                            visits: {
                                /** Format: uuid */
                                id: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                purpose: string;
                                /** @enum {string} */
                                status: "planned" | "prepared" | "in_progress" | "done" | "cancelled";
                                plannedOn: string;
                                plannedMinutes: number;
                                fromPlan: boolean;
                                countsAsPlanned: boolean;
                                /** Format: date-time */
                                checkInAt: string | null;
                                /** Format: date-time */
                                checkOutAt: string | null;
                                spentMinutes: number | null;
                                /** @enum {string} */
                                reportState: "on_time" | "late" | "missing" | "not_due" | "not_done";
                                /** Format: date-time */
                                reportDueAt: string | null;
                                /** Format: date-time */
                                reportSubmittedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    repId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            today: string;
                            reps: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            }[];
                            visits: {
                                /** Format: uuid */
                                id: string;
                                rep: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                purpose: string;
                                /** @enum {string} */
                                status: "planned" | "prepared" | "in_progress" | "done" | "cancelled";
                                day: string;
                                plannedOn: string;
                                plannedMinutes: number;
                                fromPlan: boolean;
                                /** Format: date-time */
                                checkInAt: string | null;
                                /** Format: date-time */
                                checkOutAt: string | null;
                                canMove: boolean;
                            }[];
                            nextSteps: {
                                /** Format: uuid */
                                id: string;
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                nextStep: string | null;
                                /** Format: date-time */
                                at: string;
                                day: string;
                                done: boolean;
                            }[];
                            dueItems: {
                                /** Format: uuid */
                                id: string;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                kind: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                day: string;
                                isOverdue: boolean;
                                link: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        plannedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            plannedOn: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    repId?: string;
                    customerId?: string;
                    status?: "planned" | "prepared" | "in_progress" | "done" | "cancelled";
                    purpose?: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                    from?: string;
                    to?: string;
                    today?: "true" | "false";
                    sort?: "plannedOn" | "checkInAt" | "createdAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                rep: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                                /** @enum {string} */
                                status: "planned" | "prepared" | "in_progress" | "done" | "cancelled";
                                /** Format: date */
                                plannedOn: string;
                                plannedMinutes: number;
                                planned: boolean;
                                /** @enum {string} */
                                preApproval: "none" | "pending" | "approved" | "rejected";
                                /** Format: date-time */
                                checkInAt: string | null;
                                /** Format: date-time */
                                checkOutAt: string | null;
                                minutesSpent: number | null;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        customerId: string;
                        /** @enum {string} */
                        purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                        /** Format: date */
                        plannedOn?: string;
                        plannedMinutes: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            rep: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                            /** @enum {string} */
                            status: "planned" | "prepared" | "in_progress" | "done" | "cancelled";
                            /** Format: date */
                            plannedOn: string;
                            plannedMinutes: number;
                            planned: boolean;
                            /** @enum {string} */
                            preApproval: "none" | "pending" | "approved" | "rejected";
                            /** Format: date-time */
                            checkInAt: string | null;
                            /** Format: date-time */
                            checkOutAt: string | null;
                            minutesSpent: number | null;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: uuid */
                            planLineId: string | null;
                            note: string | null;
                            contactName: string | null;
                            /** Format: date-time */
                            contactedAt: string | null;
                            itemsToCarry: string | null;
                            expenseFen: string | null;
                            giftNote: string | null;
                            entertainmentNote: string | null;
                            preApprovalNeeded: boolean;
                            checkIn: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                location: "ok" | "denied" | "unavailable";
                                lat: number | null;
                                lng: number | null;
                                accuracyM: number | null;
                            } | null;
                            checkOut: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                location: "ok" | "denied" | "unavailable";
                                lat: number | null;
                                lng: number | null;
                                accuracyM: number | null;
                            } | null;
                            outcome: string | null;
                            cancelReason: string | null;
                            cancelledByPlan: boolean;
                            people: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                contactId: string | null;
                                name: string;
                                title: string | null;
                            }[];
                            photos: {
                                /** Format: uuid */
                                id: string;
                                purpose: string;
                                fileName: string;
                                mimeType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            actions: {
                                prepare: boolean;
                                checkIn: boolean;
                                checkOut: boolean;
                                cancel: boolean;
                                people: boolean;
                                photos: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    repId?: string;
                    customerId?: string;
                    status?: "planned" | "prepared" | "in_progress" | "done" | "cancelled";
                    purpose?: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                    from?: string;
                    to?: string;
                    today?: "true" | "false";
                    sort?: "plannedOn" | "checkInAt" | "createdAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Excel workbook (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/purposes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            purposes: ("market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            rep: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                            /** @enum {string} */
                            status: "planned" | "prepared" | "in_progress" | "done" | "cancelled";
                            /** Format: date */
                            plannedOn: string;
                            plannedMinutes: number;
                            planned: boolean;
                            /** @enum {string} */
                            preApproval: "none" | "pending" | "approved" | "rejected";
                            /** Format: date-time */
                            checkInAt: string | null;
                            /** Format: date-time */
                            checkOutAt: string | null;
                            minutesSpent: number | null;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: uuid */
                            planLineId: string | null;
                            note: string | null;
                            contactName: string | null;
                            /** Format: date-time */
                            contactedAt: string | null;
                            itemsToCarry: string | null;
                            expenseFen: string | null;
                            giftNote: string | null;
                            entertainmentNote: string | null;
                            preApprovalNeeded: boolean;
                            checkIn: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                location: "ok" | "denied" | "unavailable";
                                lat: number | null;
                                lng: number | null;
                                accuracyM: number | null;
                            } | null;
                            checkOut: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                location: "ok" | "denied" | "unavailable";
                                lat: number | null;
                                lng: number | null;
                                accuracyM: number | null;
                            } | null;
                            outcome: string | null;
                            cancelReason: string | null;
                            cancelledByPlan: boolean;
                            people: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                contactId: string | null;
                                name: string;
                                title: string | null;
                            }[];
                            photos: {
                                /** Format: uuid */
                                id: string;
                                purpose: string;
                                fileName: string;
                                mimeType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            actions: {
                                prepare: boolean;
                                checkIn: boolean;
                                checkOut: boolean;
                                cancel: boolean;
                                people: boolean;
                                photos: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}/prepare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactName: string;
                        /** Format: date-time */
                        contactedAt: string;
                        itemsToCarry?: string | null;
                        expenseFen?: string | null;
                        giftNote?: string | null;
                        entertainmentNote?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            rep: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                            /** @enum {string} */
                            status: "planned" | "prepared" | "in_progress" | "done" | "cancelled";
                            /** Format: date */
                            plannedOn: string;
                            plannedMinutes: number;
                            planned: boolean;
                            /** @enum {string} */
                            preApproval: "none" | "pending" | "approved" | "rejected";
                            /** Format: date-time */
                            checkInAt: string | null;
                            /** Format: date-time */
                            checkOutAt: string | null;
                            minutesSpent: number | null;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: uuid */
                            planLineId: string | null;
                            note: string | null;
                            contactName: string | null;
                            /** Format: date-time */
                            contactedAt: string | null;
                            itemsToCarry: string | null;
                            expenseFen: string | null;
                            giftNote: string | null;
                            entertainmentNote: string | null;
                            preApprovalNeeded: boolean;
                            checkIn: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                location: "ok" | "denied" | "unavailable";
                                lat: number | null;
                                lng: number | null;
                                accuracyM: number | null;
                            } | null;
                            checkOut: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                location: "ok" | "denied" | "unavailable";
                                lat: number | null;
                                lng: number | null;
                                accuracyM: number | null;
                            } | null;
                            outcome: string | null;
                            cancelReason: string | null;
                            cancelledByPlan: boolean;
                            people: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                contactId: string | null;
                                name: string;
                                title: string | null;
                            }[];
                            photos: {
                                /** Format: uuid */
                                id: string;
                                purpose: string;
                                fileName: string;
                                mimeType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            actions: {
                                prepare: boolean;
                                checkIn: boolean;
                                checkOut: boolean;
                                cancel: boolean;
                                people: boolean;
                                photos: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        location: "ok" | "denied" | "unavailable";
                        lat?: number | null;
                        lng?: number | null;
                        accuracyM?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            rep: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                            /** @enum {string} */
                            status: "planned" | "prepared" | "in_progress" | "done" | "cancelled";
                            /** Format: date */
                            plannedOn: string;
                            plannedMinutes: number;
                            planned: boolean;
                            /** @enum {string} */
                            preApproval: "none" | "pending" | "approved" | "rejected";
                            /** Format: date-time */
                            checkInAt: string | null;
                            /** Format: date-time */
                            checkOutAt: string | null;
                            minutesSpent: number | null;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: uuid */
                            planLineId: string | null;
                            note: string | null;
                            contactName: string | null;
                            /** Format: date-time */
                            contactedAt: string | null;
                            itemsToCarry: string | null;
                            expenseFen: string | null;
                            giftNote: string | null;
                            entertainmentNote: string | null;
                            preApprovalNeeded: boolean;
                            checkIn: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                location: "ok" | "denied" | "unavailable";
                                lat: number | null;
                                lng: number | null;
                                accuracyM: number | null;
                            } | null;
                            checkOut: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                location: "ok" | "denied" | "unavailable";
                                lat: number | null;
                                lng: number | null;
                                accuracyM: number | null;
                            } | null;
                            outcome: string | null;
                            cancelReason: string | null;
                            cancelledByPlan: boolean;
                            people: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                contactId: string | null;
                                name: string;
                                title: string | null;
                            }[];
                            photos: {
                                /** Format: uuid */
                                id: string;
                                purpose: string;
                                fileName: string;
                                mimeType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            actions: {
                                prepare: boolean;
                                checkIn: boolean;
                                checkOut: boolean;
                                cancel: boolean;
                                people: boolean;
                                photos: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        location: "ok" | "denied" | "unavailable";
                        lat?: number | null;
                        lng?: number | null;
                        accuracyM?: number | null;
                        outcome: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            rep: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                            /** @enum {string} */
                            status: "planned" | "prepared" | "in_progress" | "done" | "cancelled";
                            /** Format: date */
                            plannedOn: string;
                            plannedMinutes: number;
                            planned: boolean;
                            /** @enum {string} */
                            preApproval: "none" | "pending" | "approved" | "rejected";
                            /** Format: date-time */
                            checkInAt: string | null;
                            /** Format: date-time */
                            checkOutAt: string | null;
                            minutesSpent: number | null;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: uuid */
                            planLineId: string | null;
                            note: string | null;
                            contactName: string | null;
                            /** Format: date-time */
                            contactedAt: string | null;
                            itemsToCarry: string | null;
                            expenseFen: string | null;
                            giftNote: string | null;
                            entertainmentNote: string | null;
                            preApprovalNeeded: boolean;
                            checkIn: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                location: "ok" | "denied" | "unavailable";
                                lat: number | null;
                                lng: number | null;
                                accuracyM: number | null;
                            } | null;
                            checkOut: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                location: "ok" | "denied" | "unavailable";
                                lat: number | null;
                                lng: number | null;
                                accuracyM: number | null;
                            } | null;
                            outcome: string | null;
                            cancelReason: string | null;
                            cancelledByPlan: boolean;
                            people: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                contactId: string | null;
                                name: string;
                                title: string | null;
                            }[];
                            photos: {
                                /** Format: uuid */
                                id: string;
                                purpose: string;
                                fileName: string;
                                mimeType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            actions: {
                                prepare: boolean;
                                checkIn: boolean;
                                checkOut: boolean;
                                cancel: boolean;
                                people: boolean;
                                photos: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            rep: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                            /** @enum {string} */
                            status: "planned" | "prepared" | "in_progress" | "done" | "cancelled";
                            /** Format: date */
                            plannedOn: string;
                            plannedMinutes: number;
                            planned: boolean;
                            /** @enum {string} */
                            preApproval: "none" | "pending" | "approved" | "rejected";
                            /** Format: date-time */
                            checkInAt: string | null;
                            /** Format: date-time */
                            checkOutAt: string | null;
                            minutesSpent: number | null;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: uuid */
                            planLineId: string | null;
                            note: string | null;
                            contactName: string | null;
                            /** Format: date-time */
                            contactedAt: string | null;
                            itemsToCarry: string | null;
                            expenseFen: string | null;
                            giftNote: string | null;
                            entertainmentNote: string | null;
                            preApprovalNeeded: boolean;
                            checkIn: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                location: "ok" | "denied" | "unavailable";
                                lat: number | null;
                                lng: number | null;
                                accuracyM: number | null;
                            } | null;
                            checkOut: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                location: "ok" | "denied" | "unavailable";
                                lat: number | null;
                                lng: number | null;
                                accuracyM: number | null;
                            } | null;
                            outcome: string | null;
                            cancelReason: string | null;
                            cancelledByPlan: boolean;
                            people: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                contactId: string | null;
                                name: string;
                                title: string | null;
                            }[];
                            photos: {
                                /** Format: uuid */
                                id: string;
                                purpose: string;
                                fileName: string;
                                mimeType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            actions: {
                                prepare: boolean;
                                checkIn: boolean;
                                checkOut: boolean;
                                cancel: boolean;
                                people: boolean;
                                photos: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        contactId?: string | null;
                        name?: string | null;
                        title?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            rep: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                            /** @enum {string} */
                            status: "planned" | "prepared" | "in_progress" | "done" | "cancelled";
                            /** Format: date */
                            plannedOn: string;
                            plannedMinutes: number;
                            planned: boolean;
                            /** @enum {string} */
                            preApproval: "none" | "pending" | "approved" | "rejected";
                            /** Format: date-time */
                            checkInAt: string | null;
                            /** Format: date-time */
                            checkOutAt: string | null;
                            minutesSpent: number | null;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: uuid */
                            planLineId: string | null;
                            note: string | null;
                            contactName: string | null;
                            /** Format: date-time */
                            contactedAt: string | null;
                            itemsToCarry: string | null;
                            expenseFen: string | null;
                            giftNote: string | null;
                            entertainmentNote: string | null;
                            preApprovalNeeded: boolean;
                            checkIn: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                location: "ok" | "denied" | "unavailable";
                                lat: number | null;
                                lng: number | null;
                                accuracyM: number | null;
                            } | null;
                            checkOut: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                location: "ok" | "denied" | "unavailable";
                                lat: number | null;
                                lng: number | null;
                                accuracyM: number | null;
                            } | null;
                            outcome: string | null;
                            cancelReason: string | null;
                            cancelledByPlan: boolean;
                            people: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                contactId: string | null;
                                name: string;
                                title: string | null;
                            }[];
                            photos: {
                                /** Format: uuid */
                                id: string;
                                purpose: string;
                                fileName: string;
                                mimeType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            actions: {
                                prepare: boolean;
                                checkIn: boolean;
                                checkOut: boolean;
                                cancel: boolean;
                                people: boolean;
                                photos: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            rep: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                            /** @enum {string} */
                            status: "planned" | "prepared" | "in_progress" | "done" | "cancelled";
                            /** Format: date */
                            plannedOn: string;
                            plannedMinutes: number;
                            planned: boolean;
                            /** @enum {string} */
                            preApproval: "none" | "pending" | "approved" | "rejected";
                            /** Format: date-time */
                            checkInAt: string | null;
                            /** Format: date-time */
                            checkOutAt: string | null;
                            minutesSpent: number | null;
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: uuid */
                            planLineId: string | null;
                            note: string | null;
                            contactName: string | null;
                            /** Format: date-time */
                            contactedAt: string | null;
                            itemsToCarry: string | null;
                            expenseFen: string | null;
                            giftNote: string | null;
                            entertainmentNote: string | null;
                            preApprovalNeeded: boolean;
                            checkIn: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                location: "ok" | "denied" | "unavailable";
                                lat: number | null;
                                lng: number | null;
                                accuracyM: number | null;
                            } | null;
                            checkOut: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                location: "ok" | "denied" | "unavailable";
                                lat: number | null;
                                lng: number | null;
                                accuracyM: number | null;
                            } | null;
                            outcome: string | null;
                            cancelReason: string | null;
                            cancelledByPlan: boolean;
                            people: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                contactId: string | null;
                                name: string;
                                title: string | null;
                            }[];
                            photos: {
                                /** Format: uuid */
                                id: string;
                                purpose: string;
                                fileName: string;
                                mimeType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            actions: {
                                prepare: boolean;
                                checkIn: boolean;
                                checkOut: boolean;
                                cancel: boolean;
                                people: boolean;
                                photos: boolean;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                purpose: string;
                                fileName: string;
                                mimeType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            purpose: string;
                            fileName: string;
                            mimeType: string;
                            sizeBytes: number;
                            sha256: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}/photos/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The stored file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    box?: "mine" | "team";
                    status?: "draft" | "submitted" | "approved" | "returned";
                    late?: "true" | "false";
                    from?: string;
                    to?: string;
                    sort?: "visitedAt" | "dueAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                visitId: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                purpose: string;
                                /** Format: date-time */
                                checkInAt: string | null;
                                /** Format: date-time */
                                checkOutAt: string | null;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "approved" | "returned";
                                /** @enum {string|null} */
                                purposeAchieved: "yes" | "partly" | "no" | null;
                                customerSituation: string | null;
                                customerNeeds: string | null;
                                competitorInfo: string | null;
                                nextSteps: string | null;
                                /** Format: date-time */
                                dueAt: string | null;
                                /** Format: date-time */
                                reviseDueAt: string | null;
                                /** Format: date-time */
                                submittedAt: string | null;
                                late: boolean;
                                reviewer: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                /** Format: date-time */
                                reviewedAt: string | null;
                                reviewComment: string | null;
                                actions: {
                                    edit: boolean;
                                };
                                commitmentCount: number;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-reports/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    box?: "mine" | "team";
                    status?: "draft" | "submitted" | "approved" | "returned";
                    late?: "true" | "false";
                    from?: string;
                    to?: string;
                    sort?: "visitedAt" | "dueAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Excel workbook (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            visitId: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            author: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            purpose: string;
                            /** Format: date-time */
                            checkInAt: string | null;
                            /** Format: date-time */
                            checkOutAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "returned";
                            /** @enum {string|null} */
                            purposeAchieved: "yes" | "partly" | "no" | null;
                            customerSituation: string | null;
                            customerNeeds: string | null;
                            competitorInfo: string | null;
                            nextSteps: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            reviseDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            late: boolean;
                            reviewer: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            reviewedAt: string | null;
                            reviewComment: string | null;
                            commitments: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                visitId: string;
                                /** Format: uuid */
                                reportId: string | null;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                content: string;
                                /** Format: date-time */
                                dueAt: string;
                                checkMethod: string;
                                /** Format: uuid */
                                taskId: string | null;
                                /** @enum {string} */
                                status: "draft" | "open" | "done" | "confirmed" | "cancelled";
                                overdue: boolean;
                                /** Format: date-time */
                                doneAt: string | null;
                                doneNote: string | null;
                                confirmedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                /** Format: date-time */
                                confirmedAt: string | null;
                                actions: {
                                    done: boolean;
                                    confirm: boolean;
                                };
                            }[];
                            actions: {
                                edit: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            visitId: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            author: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            purpose: string;
                            /** Format: date-time */
                            checkInAt: string | null;
                            /** Format: date-time */
                            checkOutAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "returned";
                            /** @enum {string|null} */
                            purposeAchieved: "yes" | "partly" | "no" | null;
                            customerSituation: string | null;
                            customerNeeds: string | null;
                            competitorInfo: string | null;
                            nextSteps: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            reviseDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            late: boolean;
                            reviewer: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            reviewedAt: string | null;
                            reviewComment: string | null;
                            commitments: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                visitId: string;
                                /** Format: uuid */
                                reportId: string | null;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                content: string;
                                /** Format: date-time */
                                dueAt: string;
                                checkMethod: string;
                                /** Format: uuid */
                                taskId: string | null;
                                /** @enum {string} */
                                status: "draft" | "open" | "done" | "confirmed" | "cancelled";
                                overdue: boolean;
                                /** Format: date-time */
                                doneAt: string | null;
                                doneNote: string | null;
                                confirmedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                /** Format: date-time */
                                confirmedAt: string | null;
                                actions: {
                                    done: boolean;
                                    confirm: boolean;
                                };
                            }[];
                            actions: {
                                edit: boolean;
                            };
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        purposeAchieved?: "yes" | "partly" | "no" | null;
                        customerSituation?: string | null;
                        customerNeeds?: string | null;
                        competitorInfo?: string | null;
                        nextSteps?: string | null;
                        /** @default [] */
                        commitments?: {
                            content: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: date-time */
                            dueAt: string;
                            checkMethod: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            visitId: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            author: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            purpose: string;
                            /** Format: date-time */
                            checkInAt: string | null;
                            /** Format: date-time */
                            checkOutAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "returned";
                            /** @enum {string|null} */
                            purposeAchieved: "yes" | "partly" | "no" | null;
                            customerSituation: string | null;
                            customerNeeds: string | null;
                            competitorInfo: string | null;
                            nextSteps: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            reviseDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            late: boolean;
                            reviewer: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            reviewedAt: string | null;
                            reviewComment: string | null;
                            commitments: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                visitId: string;
                                /** Format: uuid */
                                reportId: string | null;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                content: string;
                                /** Format: date-time */
                                dueAt: string;
                                checkMethod: string;
                                /** Format: uuid */
                                taskId: string | null;
                                /** @enum {string} */
                                status: "draft" | "open" | "done" | "confirmed" | "cancelled";
                                overdue: boolean;
                                /** Format: date-time */
                                doneAt: string | null;
                                doneNote: string | null;
                                confirmedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                /** Format: date-time */
                                confirmedAt: string | null;
                                actions: {
                                    done: boolean;
                                    confirm: boolean;
                                };
                            }[];
                            actions: {
                                edit: boolean;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}/report/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        purposeAchieved?: "yes" | "partly" | "no" | null;
                        customerSituation?: string | null;
                        customerNeeds?: string | null;
                        competitorInfo?: string | null;
                        nextSteps?: string | null;
                        /** @default [] */
                        commitments?: {
                            content: string;
                            /** Format: uuid */
                            ownerId: string;
                            /** Format: date-time */
                            dueAt: string;
                            checkMethod: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            visitId: string;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            author: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            purpose: string;
                            /** Format: date-time */
                            checkInAt: string | null;
                            /** Format: date-time */
                            checkOutAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "returned";
                            /** @enum {string|null} */
                            purposeAchieved: "yes" | "partly" | "no" | null;
                            customerSituation: string | null;
                            customerNeeds: string | null;
                            competitorInfo: string | null;
                            nextSteps: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            reviseDueAt: string | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            late: boolean;
                            reviewer: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            reviewedAt: string | null;
                            reviewComment: string | null;
                            commitments: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                visitId: string;
                                /** Format: uuid */
                                reportId: string | null;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                content: string;
                                /** Format: date-time */
                                dueAt: string;
                                checkMethod: string;
                                /** Format: uuid */
                                taskId: string | null;
                                /** @enum {string} */
                                status: "draft" | "open" | "done" | "confirmed" | "cancelled";
                                overdue: boolean;
                                /** Format: date-time */
                                doneAt: string | null;
                                doneNote: string | null;
                                confirmedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                /** Format: date-time */
                                confirmedAt: string | null;
                                actions: {
                                    done: boolean;
                                    confirm: boolean;
                                };
                            }[];
                            actions: {
                                edit: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    order?: "asc" | "desc";
                    box?: "mine" | "toConfirm" | "all";
                    status?: "open" | "done" | "confirmed" | "cancelled";
                    ownerId?: string;
                    overdue?: "true" | "false";
                    sort?: "dueAt" | "createdAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                visitId: string;
                                /** Format: uuid */
                                reportId: string | null;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                content: string;
                                /** Format: date-time */
                                dueAt: string;
                                checkMethod: string;
                                /** Format: uuid */
                                taskId: string | null;
                                /** @enum {string} */
                                status: "draft" | "open" | "done" | "confirmed" | "cancelled";
                                overdue: boolean;
                                /** Format: date-time */
                                doneAt: string | null;
                                doneNote: string | null;
                                confirmedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                /** Format: date-time */
                                confirmedAt: string | null;
                                actions: {
                                    done: boolean;
                                    confirm: boolean;
                                };
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-commitments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            visitId: string;
                            /** Format: uuid */
                            reportId: string | null;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            author: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            content: string;
                            /** Format: date-time */
                            dueAt: string;
                            checkMethod: string;
                            /** Format: uuid */
                            taskId: string | null;
                            /** @enum {string} */
                            status: "draft" | "open" | "done" | "confirmed" | "cancelled";
                            overdue: boolean;
                            /** Format: date-time */
                            doneAt: string | null;
                            doneNote: string | null;
                            confirmedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            confirmedAt: string | null;
                            actions: {
                                done: boolean;
                                confirm: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-commitments/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            visitId: string;
                            /** Format: uuid */
                            reportId: string | null;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            author: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            content: string;
                            /** Format: date-time */
                            dueAt: string;
                            checkMethod: string;
                            /** Format: uuid */
                            taskId: string | null;
                            /** @enum {string} */
                            status: "draft" | "open" | "done" | "confirmed" | "cancelled";
                            overdue: boolean;
                            /** Format: date-time */
                            doneAt: string | null;
                            doneNote: string | null;
                            confirmedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            confirmedAt: string | null;
                            actions: {
                                done: boolean;
                                confirm: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-commitments/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            visitId: string;
                            /** Format: uuid */
                            reportId: string | null;
                            customer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            author: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            owner: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            content: string;
                            /** Format: date-time */
                            dueAt: string;
                            checkMethod: string;
                            /** Format: uuid */
                            taskId: string | null;
                            /** @enum {string} */
                            status: "draft" | "open" | "done" | "confirmed" | "cancelled";
                            overdue: boolean;
                            /** Format: date-time */
                            doneAt: string | null;
                            doneNote: string | null;
                            confirmedBy: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            } | null;
                            /** Format: date-time */
                            confirmedAt: string | null;
                            actions: {
                                done: boolean;
                                confirm: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    month?: string;
                    repId?: string;
                    status?: "draft" | "submitted" | "approved" | "rejected";
                    sort?: "month" | "rep" | "status" | "submittedAt" | "updatedAt";
                    order?: "asc" | "desc";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                month: string;
                                rep: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "draft" | "submitted" | "approved" | "rejected";
                                lineCount: number;
                                plannedMinutes: number;
                                customerCount: number;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                submittedAt: string | null;
                                /** Format: date-time */
                                approvedAt: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        month: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            month: string;
                            rep: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "rejected";
                            lineCount: number;
                            plannedMinutes: number;
                            customerCount: number;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            approvedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                                plannedOn: string;
                                plannedMinutes: number;
                                note: string | null;
                            }[];
                            changes: {
                                /** Format: uuid */
                                id: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                lines: {
                                    /** Format: uuid */
                                    id: string | null;
                                    customer: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    /** @enum {string} */
                                    purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                                    plannedOn: string;
                                    plannedMinutes: number;
                                    note: string | null;
                                }[];
                            }[];
                            canEdit: boolean;
                            canSubmit: boolean;
                            canProposeChange: boolean;
                            purposes: ("market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-plans/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    month?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            month: string;
                            /** Format: date-time */
                            dueAt: string;
                            plan: {
                                /** Format: uuid */
                                id: string;
                                month: string;
                                rep: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "draft" | "submitted" | "approved" | "rejected";
                                lineCount: number;
                                plannedMinutes: number;
                                customerCount: number;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                submittedAt: string | null;
                                /** Format: date-time */
                                approvedAt: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                                lines: {
                                    /** Format: uuid */
                                    id: string;
                                    customer: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    /** @enum {string} */
                                    purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                                    plannedOn: string;
                                    plannedMinutes: number;
                                    note: string | null;
                                }[];
                                changes: {
                                    /** Format: uuid */
                                    id: string;
                                    reason: string;
                                    /** @enum {string} */
                                    status: "pending" | "approved" | "rejected" | "withdrawn";
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: date-time */
                                    decidedAt: string | null;
                                    lines: {
                                        /** Format: uuid */
                                        id: string | null;
                                        customer: {
                                            /** Format: uuid */
                                            id: string;
                                            name: string;
                                        };
                                        /** @enum {string} */
                                        purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                                        plannedOn: string;
                                        plannedMinutes: number;
                                        note: string | null;
                                    }[];
                                }[];
                                canEdit: boolean;
                                canSubmit: boolean;
                                canProposeChange: boolean;
                                purposes: ("market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage")[];
                            } | null;
                            canCreate: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-plans/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    month?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                rep: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                plan: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    status: "draft" | "submitted" | "approved" | "rejected";
                                    lineCount: number;
                                    plannedMinutes: number;
                                    customerCount: number;
                                    /** Format: date-time */
                                    submittedAt: string | null;
                                } | null;
                                days: {
                                    date: string;
                                    lines: {
                                        /** Format: uuid */
                                        id: string;
                                        customer: {
                                            /** Format: uuid */
                                            id: string;
                                            name: string;
                                        };
                                        /** @enum {string} */
                                        purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                                        plannedMinutes: number;
                                    }[];
                                }[];
                            }[];
                            total: number;
                            /** @default false */
                            totalCapped: boolean;
                            page: number;
                            pageSize: number;
                            month: string;
                            /** Format: date-time */
                            dueAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-plans/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    month?: string;
                    repId?: string;
                    status?: "draft" | "submitted" | "approved" | "rejected";
                    sort?: "month" | "rep" | "status" | "submittedAt" | "updatedAt";
                    order?: "asc" | "desc";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Excel workbook (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-plans/changes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            month: string;
                            rep: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "rejected";
                            lineCount: number;
                            plannedMinutes: number;
                            customerCount: number;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            approvedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                                plannedOn: string;
                                plannedMinutes: number;
                                note: string | null;
                            }[];
                            changes: {
                                /** Format: uuid */
                                id: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                lines: {
                                    /** Format: uuid */
                                    id: string | null;
                                    customer: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    /** @enum {string} */
                                    purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                                    plannedOn: string;
                                    plannedMinutes: number;
                                    note: string | null;
                                }[];
                            }[];
                            canEdit: boolean;
                            canSubmit: boolean;
                            canProposeChange: boolean;
                            purposes: ("market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            month: string;
                            rep: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "rejected";
                            lineCount: number;
                            plannedMinutes: number;
                            customerCount: number;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            approvedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                                plannedOn: string;
                                plannedMinutes: number;
                                note: string | null;
                            }[];
                            changes: {
                                /** Format: uuid */
                                id: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                lines: {
                                    /** Format: uuid */
                                    id: string | null;
                                    customer: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    /** @enum {string} */
                                    purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                                    plannedOn: string;
                                    plannedMinutes: number;
                                    note: string | null;
                                }[];
                            }[];
                            canEdit: boolean;
                            canSubmit: boolean;
                            canProposeChange: boolean;
                            purposes: ("market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-plans/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lines: {
                            /** Format: uuid */
                            id?: string | null;
                            /** Format: uuid */
                            customerId: string;
                            /** @enum {string} */
                            purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                            /** Format: date */
                            plannedOn: string;
                            plannedHours: string;
                            note?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            month: string;
                            rep: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "rejected";
                            lineCount: number;
                            plannedMinutes: number;
                            customerCount: number;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            approvedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                                plannedOn: string;
                                plannedMinutes: number;
                                note: string | null;
                            }[];
                            changes: {
                                /** Format: uuid */
                                id: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                lines: {
                                    /** Format: uuid */
                                    id: string | null;
                                    customer: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    /** @enum {string} */
                                    purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                                    plannedOn: string;
                                    plannedMinutes: number;
                                    note: string | null;
                                }[];
                            }[];
                            canEdit: boolean;
                            canSubmit: boolean;
                            canProposeChange: boolean;
                            purposes: ("market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage")[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-plans/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            month: string;
                            rep: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "rejected";
                            lineCount: number;
                            plannedMinutes: number;
                            customerCount: number;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            approvedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                                plannedOn: string;
                                plannedMinutes: number;
                                note: string | null;
                            }[];
                            changes: {
                                /** Format: uuid */
                                id: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                lines: {
                                    /** Format: uuid */
                                    id: string | null;
                                    customer: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    /** @enum {string} */
                                    purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                                    plannedOn: string;
                                    plannedMinutes: number;
                                    note: string | null;
                                }[];
                            }[];
                            canEdit: boolean;
                            canSubmit: boolean;
                            canProposeChange: boolean;
                            purposes: ("market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visit-plans/{id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        lines: {
                            /** Format: uuid */
                            id?: string | null;
                            /** Format: uuid */
                            customerId: string;
                            /** @enum {string} */
                            purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                            /** Format: date */
                            plannedOn: string;
                            plannedHours: string;
                            note?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            month: string;
                            rep: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            unit: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "rejected";
                            lineCount: number;
                            plannedMinutes: number;
                            customerCount: number;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            approvedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            lines: {
                                /** Format: uuid */
                                id: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                                plannedOn: string;
                                plannedMinutes: number;
                                note: string | null;
                            }[];
                            changes: {
                                /** Format: uuid */
                                id: string;
                                reason: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                lines: {
                                    /** Format: uuid */
                                    id: string | null;
                                    customer: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    /** @enum {string} */
                                    purpose: "market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage";
                                    plannedOn: string;
                                    plannedMinutes: number;
                                    note: string | null;
                                }[];
                            }[];
                            canEdit: boolean;
                            canSubmit: boolean;
                            canProposeChange: boolean;
                            purposes: ("market_research" | "competitor_info" | "maintenance" | "collect_payment" | "new_customer" | "new_product" | "coverage")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workbench/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    fresh?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            asOf: string;
                            /** Format: date */
                            today: string;
                            month: string;
                            year: string;
                            /** @enum {string} */
                            salesMetric: "signed_amount" | "collected_amount" | "volume" | "new_customers";
                            pace: {
                                month: number;
                                year: number;
                            };
                            targetsSet: boolean;
                            user: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                            };
                            kpis: {
                                sales: {
                                    month: {
                                        actual: string;
                                        target: string | null;
                                        completionPct: number | null;
                                        lastYear: string;
                                        growthPct: number | null;
                                        link: string;
                                    };
                                    year: {
                                        actual: string;
                                        target: string | null;
                                        completionPct: number | null;
                                        lastYear: string;
                                        growthPct: number | null;
                                        link: string;
                                    };
                                };
                                signed: {
                                    month: {
                                        actual: string;
                                        target: string | null;
                                        completionPct: number | null;
                                        lastYear: string;
                                        growthPct: number | null;
                                        link: string;
                                    };
                                    year: {
                                        actual: string;
                                        target: string | null;
                                        completionPct: number | null;
                                        lastYear: string;
                                        growthPct: number | null;
                                        link: string;
                                    };
                                };
                                collected: {
                                    month: {
                                        actual: string;
                                        target: string | null;
                                        completionPct: number | null;
                                        lastYear: string;
                                        growthPct: number | null;
                                        link: string;
                                    };
                                    year: {
                                        actual: string;
                                        target: string | null;
                                        completionPct: number | null;
                                        lastYear: string;
                                        growthPct: number | null;
                                        link: string;
                                    };
                                };
                            };
                            collections: {
                                dueFen: string;
                                collectedFen: string;
                                ratePct: number | null;
                                link: string;
                            } | null;
                            overdue: {
                                amountFen: string;
                                count: number;
                                /** Format: date */
                                oldestDueDate: string | null;
                                oldestDays: number | null;
                                link: string;
                            } | null;
                            pipeline: {
                                count: number;
                                amountFen: string;
                                weightedFen: string;
                                link: string;
                                byStage: {
                                    count: number;
                                    amountFen: string;
                                    weightedFen: string;
                                    link: string;
                                    /** @enum {string} */
                                    stage: "lead" | "needs" | "solution" | "negotiation";
                                }[];
                                byMonth: {
                                    count: number;
                                    amountFen: string;
                                    weightedFen: string;
                                    link: string;
                                    month: string | null;
                                }[];
                            } | null;
                            visitsToday: {
                                /** Format: uuid */
                                id: string;
                                customer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                purpose: string;
                                /** @enum {string} */
                                status: "planned" | "prepared" | "in_progress" | "done" | "cancelled";
                                plannedMinutes: number;
                                /** Format: date-time */
                                checkInAt: string | null;
                                link: string;
                            }[] | null;
                            visitsLink: string;
                            todo: {
                                total: number;
                                link: string;
                                sections: {
                                    key: string;
                                    label: {
                                        "zh-CN": string;
                                        en: string;
                                    };
                                    count: number;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workbench/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    fresh?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            asOf: string;
                            /** Format: date */
                            today: string;
                            month: string;
                            year: string;
                            /** @enum {string} */
                            salesMetric: "signed_amount" | "collected_amount" | "volume" | "new_customers";
                            pace: {
                                month: number;
                                year: number;
                            };
                            targetsSet: boolean;
                            total: {
                                kpis: {
                                    sales: {
                                        month: {
                                            actual: string;
                                            target: string | null;
                                            completionPct: number | null;
                                            lastYear: string;
                                            growthPct: number | null;
                                            link: string;
                                        };
                                        year: {
                                            actual: string;
                                            target: string | null;
                                            completionPct: number | null;
                                            lastYear: string;
                                            growthPct: number | null;
                                            link: string;
                                        };
                                    };
                                    signed: {
                                        month: {
                                            actual: string;
                                            target: string | null;
                                            completionPct: number | null;
                                            lastYear: string;
                                            growthPct: number | null;
                                            link: string;
                                        };
                                        year: {
                                            actual: string;
                                            target: string | null;
                                            completionPct: number | null;
                                            lastYear: string;
                                            growthPct: number | null;
                                            link: string;
                                        };
                                    };
                                    collected: {
                                        month: {
                                            actual: string;
                                            target: string | null;
                                            completionPct: number | null;
                                            lastYear: string;
                                            growthPct: number | null;
                                            link: string;
                                        };
                                        year: {
                                            actual: string;
                                            target: string | null;
                                            completionPct: number | null;
                                            lastYear: string;
                                            growthPct: number | null;
                                            link: string;
                                        };
                                    };
                                };
                                collections: {
                                    dueFen: string;
                                    collectedFen: string;
                                    ratePct: number | null;
                                    link: string;
                                } | null;
                                overdue: {
                                    amountFen: string;
                                    count: number;
                                    /** Format: date */
                                    oldestDueDate: string | null;
                                    oldestDays: number | null;
                                    link: string;
                                } | null;
                                pipeline: {
                                    count: number;
                                    amountFen: string;
                                    weightedFen: string;
                                    link: string;
                                    byStage: {
                                        count: number;
                                        amountFen: string;
                                        weightedFen: string;
                                        link: string;
                                        /** @enum {string} */
                                        stage: "lead" | "needs" | "solution" | "negotiation";
                                    }[];
                                    byMonth: {
                                        count: number;
                                        amountFen: string;
                                        weightedFen: string;
                                        link: string;
                                        month: string | null;
                                    }[];
                                } | null;
                            };
                            people: {
                                user: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                };
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                sales: {
                                    month: {
                                        actual: string;
                                        target: string | null;
                                        completionPct: number | null;
                                        lastYear: string;
                                        growthPct: number | null;
                                        link: string;
                                    };
                                    year: {
                                        actual: string;
                                        target: string | null;
                                        completionPct: number | null;
                                        lastYear: string;
                                        growthPct: number | null;
                                        link: string;
                                    };
                                };
                                collected: {
                                    actual: string;
                                    target: string | null;
                                    completionPct: number | null;
                                    lastYear: string;
                                    growthPct: number | null;
                                    link: string;
                                };
                                overdue: {
                                    amountFen: string;
                                    count: number;
                                    /** Format: date */
                                    oldestDueDate: string | null;
                                    oldestDays: number | null;
                                    link: string;
                                } | null;
                                pipeline: {
                                    count: number;
                                    amountFen: string;
                                    weightedFen: string;
                                    link: string;
                                } | null;
                                link: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workbench/company": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    fresh?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            asOf: string;
                            /** Format: date */
                            today: string;
                            month: string;
                            year: string;
                            /** @enum {string} */
                            salesMetric: "signed_amount" | "collected_amount" | "volume" | "new_customers";
                            pace: {
                                month: number;
                                year: number;
                            };
                            targetsSet: boolean;
                            root: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            kpis: {
                                sales: {
                                    month: {
                                        actual: string;
                                        target: string | null;
                                        completionPct: number | null;
                                        lastYear: string;
                                        growthPct: number | null;
                                        link: string;
                                    };
                                    year: {
                                        actual: string;
                                        target: string | null;
                                        completionPct: number | null;
                                        lastYear: string;
                                        growthPct: number | null;
                                        link: string;
                                    };
                                };
                                signed: {
                                    month: {
                                        actual: string;
                                        target: string | null;
                                        completionPct: number | null;
                                        lastYear: string;
                                        growthPct: number | null;
                                        link: string;
                                    };
                                    year: {
                                        actual: string;
                                        target: string | null;
                                        completionPct: number | null;
                                        lastYear: string;
                                        growthPct: number | null;
                                        link: string;
                                    };
                                };
                                collected: {
                                    month: {
                                        actual: string;
                                        target: string | null;
                                        completionPct: number | null;
                                        lastYear: string;
                                        growthPct: number | null;
                                        link: string;
                                    };
                                    year: {
                                        actual: string;
                                        target: string | null;
                                        completionPct: number | null;
                                        lastYear: string;
                                        growthPct: number | null;
                                        link: string;
                                    };
                                };
                            };
                            collections: {
                                dueFen: string;
                                collectedFen: string;
                                ratePct: number | null;
                                link: string;
                            } | null;
                            overdue: {
                                amountFen: string;
                                count: number;
                                /** Format: date */
                                oldestDueDate: string | null;
                                oldestDays: number | null;
                                link: string;
                            } | null;
                            pipeline: {
                                count: number;
                                amountFen: string;
                                weightedFen: string;
                                link: string;
                                byStage: {
                                    count: number;
                                    amountFen: string;
                                    weightedFen: string;
                                    link: string;
                                    /** @enum {string} */
                                    stage: "lead" | "needs" | "solution" | "negotiation";
                                }[];
                                byMonth: {
                                    count: number;
                                    amountFen: string;
                                    weightedFen: string;
                                    link: string;
                                    month: string | null;
                                }[];
                            } | null;
                            byMonth: {
                                month: string;
                                target: string | null;
                                actual: string;
                                completionPct: number | null;
                                link: string;
                            }[];
                            regions: {
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                sales: {
                                    month: {
                                        actual: string;
                                        target: string | null;
                                        completionPct: number | null;
                                        lastYear: string;
                                        growthPct: number | null;
                                        link: string;
                                    };
                                    year: {
                                        actual: string;
                                        target: string | null;
                                        completionPct: number | null;
                                        lastYear: string;
                                        growthPct: number | null;
                                        link: string;
                                    };
                                };
                                overdue: {
                                    amountFen: string;
                                    count: number;
                                    /** Format: date */
                                    oldestDueDate: string | null;
                                    oldestDays: number | null;
                                    link: string;
                                } | null;
                                pipeline: {
                                    count: number;
                                    amountFen: string;
                                    weightedFen: string;
                                    link: string;
                                } | null;
                            }[];
                            trend: {
                                month: string;
                                dueFen: string;
                                collectedOnDueFen: string;
                                overdueFen: string;
                                collectedFen: string;
                                link: string;
                            }[] | null;
                            aging: {
                                notDueFen: string;
                                overdueFen: string;
                                totalOpenFen: string;
                                buckets: {
                                    key: string;
                                    fromDays: number;
                                    toDays: number | null;
                                    amountFen: string;
                                    link: string;
                                }[];
                                link: string;
                            } | null;
                            funnel: {
                                stages: {
                                    /** @enum {string} */
                                    stage: "lead" | "needs" | "solution" | "negotiation" | "won";
                                    reached: number;
                                    conversionPct: number | null;
                                    count: number;
                                    amountFen: string;
                                    weightedFen: string;
                                }[];
                                lost: {
                                    count: number;
                                    amountFen: string;
                                };
                                total: number;
                                openAmountFen: string;
                                openWeightedFen: string;
                                link: string;
                            } | null;
                            performers: {
                                month: {
                                    top: {
                                        user: {
                                            /** Format: uuid */
                                            id: string;
                                            username: string;
                                            displayName: string;
                                        };
                                        unit: {
                                            /** Format: uuid */
                                            id: string;
                                            name: string;
                                        };
                                        actual: string;
                                        target: string;
                                        completionPct: number;
                                        link: string;
                                    }[];
                                    bottom: {
                                        user: {
                                            /** Format: uuid */
                                            id: string;
                                            username: string;
                                            displayName: string;
                                        };
                                        unit: {
                                            /** Format: uuid */
                                            id: string;
                                            name: string;
                                        };
                                        actual: string;
                                        target: string;
                                        completionPct: number;
                                        link: string;
                                    }[];
                                };
                                year: {
                                    top: {
                                        user: {
                                            /** Format: uuid */
                                            id: string;
                                            username: string;
                                            displayName: string;
                                        };
                                        unit: {
                                            /** Format: uuid */
                                            id: string;
                                            name: string;
                                        };
                                        actual: string;
                                        target: string;
                                        completionPct: number;
                                        link: string;
                                    }[];
                                    bottom: {
                                        user: {
                                            /** Format: uuid */
                                            id: string;
                                            username: string;
                                            displayName: string;
                                        };
                                        unit: {
                                            /** Format: uuid */
                                            id: string;
                                            name: string;
                                        };
                                        actual: string;
                                        target: string;
                                        completionPct: number;
                                        link: string;
                                    }[];
                                };
                            };
                            status: {
                                /** Format: date-time */
                                asOf: string;
                                /** Format: date */
                                today: string;
                                period: string;
                                /** @enum {string} */
                                salesMetric: "signed_amount" | "collected_amount" | "volume" | "new_customers";
                                pacePct: number;
                                targetsSet: boolean;
                                rows: {
                                    key: string;
                                    parentKey: string | null;
                                    unit: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    user: {
                                        /** Format: uuid */
                                        id: string;
                                        username: string;
                                        displayName: string;
                                    } | null;
                                    sales: {
                                        actual: string;
                                        target: string | null;
                                        completionPct: number | null;
                                        lastYear: string;
                                        growthPct: number | null;
                                        link: string;
                                    };
                                    collected: {
                                        actual: string;
                                        target: string | null;
                                        completionPct: number | null;
                                        lastYear: string;
                                        growthPct: number | null;
                                        link: string;
                                    };
                                    overdue: {
                                        amountFen: string;
                                        count: number;
                                        /** Format: date */
                                        oldestDueDate: string | null;
                                        oldestDays: number | null;
                                        link: string;
                                    } | null;
                                    pipeline: {
                                        count: number;
                                        amountFen: string;
                                        weightedFen: string;
                                        link: string;
                                    } | null;
                                }[];
                            };
                            statusLink: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workbench/finance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    fresh?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            asOf: string;
                            /** Format: date */
                            today: string;
                            month: string;
                            pending: {
                                amountFen: string;
                                count: number;
                                link: string;
                                /** Format: date */
                                oldestReceivedOn: string | null;
                            };
                            collectedToday: {
                                amountFen: string;
                                count: number;
                                link: string;
                            };
                            collectedMonth: {
                                amountFen: string;
                                count: number;
                                link: string;
                            };
                            aging: {
                                notDueFen: string;
                                overdueFen: string;
                                totalOpenFen: string;
                                buckets: {
                                    key: string;
                                    fromDays: number;
                                    toDays: number | null;
                                    amountFen: string;
                                    link: string;
                                }[];
                                link: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    period?: string;
                    fresh?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            asOf: string;
                            /** Format: date */
                            today: string;
                            period: string;
                            /** @enum {string} */
                            salesMetric: "signed_amount" | "collected_amount" | "volume" | "new_customers";
                            pacePct: number;
                            targetsSet: boolean;
                            rows: {
                                key: string;
                                parentKey: string | null;
                                unit: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                user: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    displayName: string;
                                } | null;
                                sales: {
                                    actual: string;
                                    target: string | null;
                                    completionPct: number | null;
                                    lastYear: string;
                                    growthPct: number | null;
                                    link: string;
                                };
                                collected: {
                                    actual: string;
                                    target: string | null;
                                    completionPct: number | null;
                                    lastYear: string;
                                    growthPct: number | null;
                                    link: string;
                                };
                                overdue: {
                                    amountFen: string;
                                    count: number;
                                    /** Format: date */
                                    oldestDueDate: string | null;
                                    oldestDays: number | null;
                                    link: string;
                                } | null;
                                pipeline: {
                                    count: number;
                                    amountFen: string;
                                    weightedFen: string;
                                    link: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sales-status/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    period?: string;
                    fresh?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Excel workbook (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @enum {string} */
        ErrorCode: "ALLOCATION_EXCEEDS" | "APPEAL_ALREADY_ANSWERED" | "APPEAL_NOT_ADDRESSEE" | "APPEAL_NOT_SUPERIOR" | "APPROVAL_ALREADY_APPROVED" | "APPROVAL_ALREADY_PENDING" | "APPROVAL_NOT_CURRENT_APPROVER" | "APPROVAL_NOT_PENDING" | "APPROVAL_NOT_RESUBMITTABLE" | "APPROVAL_NOT_SUBMITTER" | "APPROVAL_NO_APPROVER" | "APPROVAL_SELF_APPROVAL" | "BAD_REQUEST" | "CANNOT_DISABLE_SELF" | "CLOCK_CONTROL_DISABLED" | "CONFLICT" | "CONTRACT_CREDIT_CHANGED" | "CONTRACT_NOT_SIGNED_MAIN" | "CONTRACT_SCAN_REQUIRED" | "CONTRACT_SIGNED" | "CONTRACT_VERIFY_SELF" | "CREDIT_NOT_PERMITTED" | "CSRF_REJECTED" | "CUSTOMER_ASSIGNEE_INVALID" | "CUSTOMER_CREDIT_SPENT" | "CUSTOMER_DUPLICATE" | "CUSTOMER_EXPORT_NOT_ALLOWED" | "CUSTOMER_OWNED_CAP" | "DELIVERY_DOCS_INCOMPLETE" | "DUNNING_ALREADY_RUN" | "DUNNING_TOO_EARLY" | "DUPLICATE_REQUEST_INVALID" | "DUPLICATE_REQUEST_PENDING" | "FILE_TOO_LARGE" | "FORBIDDEN" | "HAS_ACTIVE_SUBORDINATES" | "IDEMPOTENCY_KEY_REUSED" | "INQUIRY_ALREADY_HANDLED" | "INTERNAL" | "INVALID_CREDENTIALS" | "JOB_UNKNOWN" | "LEAD_ALREADY_CUSTOMER" | "LEAD_NOT_QUALIFIED" | "NOT_FOUND" | "NO_CUSTOMER_CREDIT" | "OPPORTUNITY_CLOSED" | "OPPORTUNITY_OWNER_INVALID" | "OPPORTUNITY_SAME_STAGE" | "PASSWORD_WRONG" | "PAYLOAD_TOO_LARGE" | "PAYMENT_CONFIRM_SELF" | "PLAN_SUM_MISMATCH" | "POLICY_OVERRIDE_REGION_ONLY" | "POLICY_UNKNOWN" | "POOL_CUSTOMER_ALREADY_IN_POOL" | "POOL_CUSTOMER_TAKEN" | "POOL_DAILY_CLAIM_CAP" | "POOL_RECLAIM_WAIT" | "PRODUCT_CATEGORY_TAKEN" | "PRODUCT_CODE_TAKEN" | "PRODUCT_NOT_PRICED" | "PRODUCT_RETIRED" | "QUOTE_EMPTY" | "QUOTE_EXPIRED" | "RATE_LIMITED" | "RECORD_LOCKED_PENDING_APPROVAL" | "REMITTANCE_SLIP_REQUIRED" | "RETURN_CREDIT_EXCEEDS_CONTRACT" | "ROLE_CODE_TAKEN" | "SEAL_NOT_CHECKED_OUT" | "SEAL_NOT_IN_CUSTODY" | "SEAL_USE_NOT_APPROVED" | "SEAL_VIOLATION_HARM_RECORDED" | "SHIPMENT_EXCEEDS_ORDER" | "STATUS_NOT_ALLOWED" | "SUPERIOR_CYCLE" | "SUPERIOR_INACTIVE" | "SUPERIOR_REQUIRED" | "SUPERIOR_SELF" | "TARGET_GAP_BLOCKED" | "TARGET_GAP_REASON_REQUIRED" | "TASK_DUE_IN_PAST" | "TASK_NOT_ASSIGNEE" | "TASK_NOT_ASSIGNER" | "TASK_NOT_DIRECT_REPORT" | "TASK_WRONG_STATUS" | "TOP_EXISTS" | "UNAUTHENTICATED" | "UNIT_CODE_TAKEN" | "UNIT_CYCLE" | "UNIT_PARENT_INVALID" | "UNSUPPORTED_MEDIA_TYPE" | "USERNAME_TAKEN" | "VALIDATION_FAILED" | "VISIT_COMMITMENT_BY_TASK" | "VISIT_COMMITMENT_NOT_CONFIRMER" | "VISIT_COMMITMENT_NOT_OWNER" | "VISIT_COMMITMENT_WRONG_STATUS" | "VISIT_MOVE_OTHER_MONTH" | "VISIT_NOT_DONE" | "VISIT_NOT_MOVABLE" | "VISIT_NOT_OWN" | "VISIT_NOT_TODAY" | "VISIT_PLAN_CHANGE_PENDING" | "VISIT_PLAN_EMPTY" | "VISIT_PLAN_EXISTS" | "VISIT_PLAN_MONTH_OVER" | "VISIT_PLAN_MONTH_PAST" | "VISIT_PLAN_NOT_APPROVED" | "VISIT_PLAN_NOT_EDITABLE" | "VISIT_PRE_APPROVED_FIXED" | "VISIT_REPORT_NOT_AUTHOR" | "VISIT_REPORT_NOT_EDITABLE" | "VISIT_WRONG_STATUS" | "WRITE_OFF_EXCEEDS";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
